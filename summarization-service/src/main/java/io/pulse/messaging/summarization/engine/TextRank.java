package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank over sentences: a graph whose edges are the TF-IDF cosine similarities of sentence pairs
 * ({@link SentenceGraph}), ranked by weighted PageRank, so a sentence scores high when many others say something like
 * it. A term that occurs in very many sentences carries almost no weight (low IDF) and is left out of edge building to
 * keep the graph sparse for very long threads, and each sentence keeps only its
 * {@value SentenceGraph#MAX_NEIGHBOURS} most similar neighbours.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-6;

    private final int[][] termIds;
    private final float[][] weights;
    private final double[] scores;

    /** Builds the graph over the sentences' term lists and ranks it with uniform teleportation. */
    TextRank(List<List<String>> sentenceTerms) {
        this(sentenceTerms, null);
    }

    /**
     * Builds the graph and ranks it with a biased random jump: the surfer restarts at sentence {@code i} in
     * proportion to {@code prior[i]} (topic-sensitive PageRank), so sentences that are outcomes, and those that
     * many outcomes resemble, rank higher. A null prior is uniform.
     */
    TextRank(List<List<String>> sentenceTerms, double[] prior) {
        int n = sentenceTerms.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> counted = new ArrayList<>(n);
        int[] documentFrequency = count(sentenceTerms, vocabulary, counted);
        termIds = new int[n][];
        weights = new float[n][];
        for (int i = 0; i < n; i++) {
            vectorise(i, counted.get(i), n, documentFrequency);
        }
        scores = n == 0 ? new double[0]
                : pageRank(new SentenceGraph(termIds, weights, vocabulary.size(), documentFrequency), jump(prior, n));
    }

    /**
     * Gives each term an id ({@code vocabulary}) and counts it: per sentence, (term id, count) pairs into
     * {@code counted}; the document frequency per term id is returned.
     */
    private static int[] count(List<List<String>> sentenceTerms, Map<String, Integer> vocabulary, List<int[]> counted) {
        int[] documentFrequency = new int[Math.max(16, sentenceTerms.size() * 4)];
        for (List<String> terms : sentenceTerms) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String t : terms) {
                int id = vocabulary.computeIfAbsent(t, k -> vocabulary.size());
                tf.merge(id, 1, Integer::sum);
            }
            int[] pairs = new int[tf.size() * 2];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                if (e.getKey() >= documentFrequency.length) {
                    documentFrequency = Arrays.copyOf(documentFrequency, Math.max(e.getKey() + 1, documentFrequency.length * 2));
                }
                documentFrequency[e.getKey()]++;
                pairs[k++] = e.getKey();
                pairs[k++] = e.getValue();
            }
            counted.add(pairs);
        }
        return documentFrequency;
    }

    /** Sentence {@code i}'s TF-IDF vector, unit length, its term ids in ascending order. */
    private void vectorise(int i, int[] pairs, int n, int[] documentFrequency) {
        int size = pairs.length / 2;
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(pairs[a * 2], pairs[b * 2]));
        int[] ids = new int[size];
        float[] w = new float[size];
        double norm = 0;
        for (int k = 0; k < size; k++) {
            int term = pairs[order[k] * 2];
            int tf = pairs[order[k] * 2 + 1];
            double idf = Math.log((double) (n + 1) / (documentFrequency[term] + 0.5));
            double weight = (1 + Math.log(tf)) * Math.max(idf, 0.01);
            ids[k] = term;
            w[k] = (float) weight;
            norm += weight * weight;
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < size; k++) {
            w[k] = norm == 0 ? 0 : (float) (w[k] / norm);
        }
        termIds[i] = ids;
        weights[i] = w;
    }

    /** Where the random jump lands: the prior normalised to sum 1 (uniform without one, or when it is all zero). */
    private static double[] jump(double[] prior, int n) {
        double[] jump = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            jump[i] = prior == null ? 1 : Math.max(prior[i], 0);
            sum += jump[i];
        }
        for (int i = 0; i < n; i++) {
            jump[i] = sum == 0 ? 1.0 / n : jump[i] / sum;
        }
        return jump;
    }

    /** Power iteration of weighted PageRank with a biased jump; a sentence without edges spreads its rank by the jump. */
    private static double[] pageRank(SentenceGraph graph, double[] jump) {
        int n = jump.length;
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (float w : graph.edgeWeights.get(i)) {
                outSum[i] += w;
            }
        }
        double[] result = new double[n];
        Arrays.fill(result, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    dangling += result[i];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] = ((1 - DAMPING) + DAMPING * dangling) * jump[i];
            }
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    continue;
                }
                double share = DAMPING * result[i] / outSum[i];
                int[] nb = graph.neighbours.get(i);
                float[] ew = graph.edgeWeights.get(i);
                for (int k = 0; k < nb.length; k++) {
                    next[nb[k]] += share * ew[k];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - result[i]);
            }
            double[] swap = result;
            result = next;
            next = swap;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return result;
    }

    /** The PageRank score of each sentence; they sum to 1. */
    double[] scores() {
        return scores;
    }

    /** TF-IDF cosine similarity of two sentences (0 to 1). */
    double similarity(int a, int b) {
        int[] ia = termIds[a];
        int[] ib = termIds[b];
        float[] wa = weights[a];
        float[] wb = weights[b];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < ia.length && y < ib.length) {
            if (ia[x] == ib[y]) {
                dot += wa[x++] * wb[y++];
            } else if (ia[x] < ib[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }
}
