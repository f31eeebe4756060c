package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank over sentences: a graph whose edges are the TF-IDF cosine similarities of sentence pairs, ranked by
 * weighted PageRank, so a sentence scores high when many others say something like it. Similarities are
 * accumulated through an inverted index, so the cost follows the pairs that share a term rather than all pairs;
 * a term that occurs in very many sentences carries almost no weight (low IDF) and is left out of edge building
 * to keep the graph sparse for very long threads, and each sentence keeps only its {@value #MAX_NEIGHBOURS} most similar
 * neighbours.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-6;
    private static final double MIN_EDGE = 0.05;
    /** Edges kept per sentence: its most similar others. */
    static final int MAX_NEIGHBOURS = 48;

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
        int[] documentFrequency = new int[Math.max(16, n * 4)];
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
        termIds = new int[n][];
        weights = new float[n][];
        for (int i = 0; i < n; i++) {
            int[] pairs = counted.get(i);
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
        double[] jump = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            jump[i] = prior == null ? 1 : Math.max(prior[i], 0);
            sum += jump[i];
        }
        for (int i = 0; i < n; i++) {
            jump[i] = sum == 0 ? 1.0 / n : jump[i] / sum;
        }
        scores = rank(n, vocabulary.size(), documentFrequency, jump);
    }

    private double[] rank(int n, int vocabularySize, int[] documentFrequency, double[] jump) {
        double[] result = new double[n];
        if (n == 0) {
            return result;
        }
        int postingCap = Math.max(64, (int) Math.sqrt(n) * 8);
        int[][] postings = new int[vocabularySize][];
        float[][] postingWeights = new float[vocabularySize][];
        int[] fill = new int[vocabularySize];
        for (int t = 0; t < vocabularySize; t++) {
            if (documentFrequency[t] <= postingCap) {
                postings[t] = new int[documentFrequency[t]];
                postingWeights[t] = new float[documentFrequency[t]];
            }
        }
        for (int i = 0; i < n; i++) {
            int[] ids = termIds[i];
            for (int k = 0; k < ids.length; k++) {
                int term = ids[k];
                if (postings[term] != null) {
                    postingWeights[term][fill[term]] = weights[i][k];
                    postings[term][fill[term]++] = i;
                }
            }
        }
        // Weighted graph as adjacency lists: each sentence keeps its MAX_NEIGHBOURS most similar others (a k-nearest-
        // neighbour graph), so that a very long, repetitive thread does not grow a quadratic number of edges.
        List<int[]> neighbours = new ArrayList<>(n);
        List<float[]> edgeWeights = new ArrayList<>(n);
        double[] accumulated = new double[n];
        int[] touched = new int[n];
        float[] candidates = new float[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            int[] ids = termIds[i];
            float[] w = weights[i];
            for (int k = 0; k < ids.length; k++) {
                int[] posting = postings[ids[k]];
                if (posting == null) {
                    continue;
                }
                float[] pw = postingWeights[ids[k]];
                float wk = w[k];
                for (int p = 0; p < posting.length; p++) {
                    int j = posting[p];
                    if (j == i) {
                        continue;
                    }
                    if (accumulated[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    accumulated[j] += wk * pw[p];
                }
            }
            int strong = 0;
            for (int t = 0; t < touchedCount; t++) {
                if (accumulated[touched[t]] >= MIN_EDGE) {
                    candidates[strong++] = (float) accumulated[touched[t]];
                }
            }
            float threshold = strong > MAX_NEIGHBOURS ? kthLargest(candidates, strong, MAX_NEIGHBOURS) : (float) MIN_EDGE;
            int kept = 0;
            int room = Math.min(strong, MAX_NEIGHBOURS);
            int[] nb = new int[room];
            float[] ew = new float[room];
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                float a = (float) accumulated[j];
                if (a >= MIN_EDGE && a >= threshold && kept < room) {
                    nb[kept] = j;
                    ew[kept] = a;
                    kept++;
                }
                accumulated[j] = 0;
            }
            neighbours.add(kept == room ? nb : Arrays.copyOf(nb, kept));
            edgeWeights.add(kept == room ? ew : Arrays.copyOf(ew, kept));
        }
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (float w : edgeWeights.get(i)) {
                outSum[i] += w;
            }
        }
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
                int[] nb = neighbours.get(i);
                float[] ew = edgeWeights.get(i);
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

    /** The k-th largest of the first {@code size} values (quickselect; reorders them). */
    static float kthLargest(float[] values, int size, int k) {
        int lo = 0;
        int hi = size - 1;
        int target = k - 1;
        while (lo < hi) {
            float pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] > pivot) {
                    i++;
                }
                while (values[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    float swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return values[target];
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
