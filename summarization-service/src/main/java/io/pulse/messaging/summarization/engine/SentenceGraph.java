package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weighted similarity graph TextRank walks, as adjacency lists: each sentence keeps its
 * {@value #MAX_NEIGHBOURS} most similar others (a k-nearest-neighbour graph), so that a very long, repetitive thread
 * does not grow a quadratic number of edges. Similarities are accumulated through an inverted index, so the cost
 * follows the pairs that share a term; a term in very many sentences (almost no weight) is left out of it.
 */
final class SentenceGraph {

    private static final double MIN_EDGE = 0.05;
    /** Edges kept per sentence: its most similar others. */
    static final int MAX_NEIGHBOURS = 48;

    /** Per sentence, the sentences it links to and the weights of those edges. */
    final List<int[]> neighbours;
    final List<float[]> edgeWeights;

    private final int[][] termIds;
    private final float[][] weights;
    /** Per term, the sentences that hold it and its weight in each; null for a term too common to index. */
    private final int[][] postings;
    private final float[][] postingWeights;

    /**
     * @param termIds per sentence, its term ids in ascending order
     * @param weights per sentence, the unit-length TF-IDF weights of those terms
     */
    SentenceGraph(int[][] termIds, float[][] weights, int vocabularySize, int[] documentFrequency) {
        int n = termIds.length;
        this.termIds = termIds;
        this.weights = weights;
        this.postings = new int[vocabularySize][];
        this.postingWeights = new float[vocabularySize][];
        index(n, documentFrequency);
        this.neighbours = new ArrayList<>(n);
        this.edgeWeights = new ArrayList<>(n);
        double[] accumulated = new double[n];
        int[] touched = new int[n];
        float[] candidates = new float[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = accumulate(i, accumulated, touched);
            keepNearest(touched, touchedCount, accumulated, candidates);
        }
    }

    /** The inverted index: per term that at most a few sentences hold, those sentences and its weight in each. */
    private void index(int n, int[] documentFrequency) {
        int postingCap = Math.max(64, (int) Math.sqrt(n) * 8);
        int[] fill = new int[postings.length];
        for (int t = 0; t < postings.length; t++) {
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
    }

    /** Adds up sentence {@code i}'s similarity to every sentence it shares an indexed term with; how many those are. */
    private int accumulate(int i, double[] accumulated, int[] touched) {
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
        return touchedCount;
    }

    /** Keeps the strongest edges of the sentence just accumulated, and clears {@code accumulated} for the next. */
    private void keepNearest(int[] touched, int touchedCount, double[] accumulated, float[] candidates) {
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
}
