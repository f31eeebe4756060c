package io.pulse.messaging.brainstorm.engine;

import java.util.Arrays;

/**
 * The mutual k-nearest-neighbour graph of the ideas, weighted by shared neighbours, as adjacency lists. Two ideas are
 * joined only when each is among the other's {@code k} nearest: an idea unlike the rest has no such partner and stays
 * alone, and a dense theme cannot reach into a sparse one through one-sided links (Maier, Hein and von Luxburg 2009).
 * "Nearest" is read with local scaling (Zelnik-Manor and Perona 2004): the distance 1 - s(i, j) divided by
 * sqrt(sigma_i sigma_j), sigma being each idea's distance to its k-th nearest, so that a theme whose ideas are worded
 * far apart finds its neighbours as readily as one of near paraphrases. An edge's weight is the share of the two
 * ideas' neighbourhoods (each with the idea itself) they have in common (Jarvis and Patrick 1973) times the
 * self-tuning affinity exp(-d^2 / (sigma_i sigma_j)) of the same local scaling, in (0, 1]: two ideas with many
 * neighbours in common still weigh less when they are far apart for their neighbourhoods, which keeps the flow from
 * crossing between two close themes through their border ideas. Every idea also has a loop of its own heaviest edge's
 * weight (1 when it has none), as Markov clustering wants. Each idea's list (its loop included) is in ascending
 * order.
 *
 * <p>Cost: O(n^2) reads of the similarity matrix (one partial selection per row), O(n k) memory.
 */
record NeighbourGraph(int[][] neighbours, float[][] weights) {

    /** The graph of the ideas whose pairwise similarities are {@code sim}, with {@code k} neighbours per idea. */
    static NeighbourGraph of(float[][] sim, int k) {
        int n = sim.length;
        int kk = Math.min(k, n - 1);
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            int[] nearest = nearest(sim[i], i, kk, null);
            scale[i] = kk == 0 ? 1 : Math.sqrt(Math.max(1e-6, 1 - sim[i][nearest[kk - 1]]));
        }
        int[][] sorted = new int[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = nearest(sim[i], i, kk, scale);
            Arrays.sort(sorted[i]);
        }
        return mutual(sorted, kk, sim, scale);
    }

    /**
     * Keeps the pairs each in the other's list, weighted by the overlap of the lists (each with its own idea) times
     * their self-tuning affinity, and each idea's loop; every list ascending.
     */
    private static NeighbourGraph mutual(int[][] sorted, int k, float[][] sim, double[] scale) {
        int n = sorted.length;
        int[][] neighbours = new int[n][];
        float[][] weights = new float[n][];
        for (int i = 0; i < n; i++) {
            int[] keep = new int[sorted[i].length + 1];
            float[] w = new float[keep.length];
            int count = 0;
            int self = -1;
            float heaviest = 0;
            for (int j : sorted[i]) {
                if (self < 0 && j > i) {
                    self = count++;
                }
                if (Arrays.binarySearch(sorted[j], i) >= 0) {
                    double scaled = (1 - sim[i][j]) / (scale[i] * scale[j]);
                    float shared = (float) ((overlap(sorted[i], sorted[j]) + 2.0) / (k + 1) * Math.exp(-scaled * scaled));
                    keep[count] = j;
                    w[count++] = shared;
                    heaviest = Math.max(heaviest, shared);
                }
            }
            if (self < 0) {
                self = count++;
            }
            keep[self] = i;
            w[self] = heaviest > 0 ? heaviest : 1f;
            neighbours[i] = Arrays.copyOf(keep, count);
            weights[i] = Arrays.copyOf(w, count);
        }
        return new NeighbourGraph(neighbours, weights);
    }

    /** How many ideas two sorted lists have in common. */
    private static int overlap(int[] a, int[] b) {
        int common = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] == b[y]) {
                common++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return common;
    }

    /**
     * The {@code k} ideas nearest {@code self}, nearest first (ties to the lower index): by similarity, or with
     * {@code scale}, by the locally scaled distance (1 - s) / scale[j] (the row's own scale is the same for all).
     */
    private static int[] nearest(float[] row, int self, int k, double[] scale) {
        int[] best = new int[k];
        double[] bestKey = new double[k];
        int filled = 0;
        for (int j = 0; j < row.length; j++) {
            if (j == self) {
                continue;
            }
            double key = scale == null ? 1 - row[j] : (1 - row[j]) / scale[j];
            if (filled == k && key >= bestKey[k - 1]) {
                continue;
            }
            int at = filled < k ? filled++ : k - 1;
            while (at > 0 && bestKey[at - 1] > key) {
                best[at] = best[at - 1];
                bestKey[at] = bestKey[at - 1];
                at--;
            }
            best[at] = j;
            bestKey[at] = key;
        }
        return best;
    }
}
