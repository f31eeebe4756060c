package io.pulse.messaging.brainstorm.engine;

import java.util.Arrays;

/**
 * Chooses where to cut a dendrogram, so that the number of clusters follows the data: the cut whose clusters have the
 * highest mean silhouette (Rousseeuw 1987, with distance 1 - similarity; an idea alone scores 0), among the cuts that
 * merge only at a similarity of at least {@code floor} and leave at least {@code minGroups} groups. Of equal scores,
 * the cut with more merges wins. In a large session about {@value #CANDIDATES} cuts spread evenly over the number of
 * groups are scored first, then every cut next to the best of them: about 2 x {@value #CANDIDATES} O(n^2) passes at
 * most, whatever the size.
 */
final class CutSelection {

    /** Cuts scored at most (each costs one O(n^2) pass over the similarities). */
    static final int CANDIDATES = 120;

    /** Below this mean silhouette a split shows no substantial structure (Rousseeuw 1987, Kaufman and Rousseeuw 1990). */
    static final double NO_STRUCTURE = 0.25;

    private CutSelection() {
    }

    /** The number of merges to keep. */
    static int choose(Dendrogram tree, float[][] sim, double floor, int minGroups) {
        int n = tree.size();
        int most = Math.min(tree.mergesAtLeast(floor), Math.max(0, n - minGroups));
        int step = Math.max(1, most / CANDIDATES);
        int best = best(tree, sim, most, 1, step, 0);
        // Then every cut between the best one's neighbours on that grid.
        best = step == 1 || best == 0 ? best : best(tree, sim, Math.min(most, best + step - 1), Math.max(1, best - step + 1), 1, best);
        return oneThemeAfterAll(tree, sim, most, best) ? n - 1 : best;
    }

    /**
     * The silhouette cannot score a single group, so a session whose ideas are all one theme would otherwise never be
     * one cluster (two paraphrases of one idea stayed apart): when every merge is alike enough to be allowed and no
     * split shows a substantial structure (mean silhouette under {@value #NO_STRUCTURE}, Rousseeuw's bound), the
     * whole session is one group.
     */
    private static boolean oneThemeAfterAll(Dendrogram tree, float[][] sim, int most, int best) {
        int n = tree.size();
        return n >= 2 && most == n - 1 && (best == 0 || meanSilhouette(sim, tree.cut(best)) < NO_STRUCTURE);
    }

    /** Of the cuts from {@code from} merges down to {@code to} by {@code step}, the best-scoring, or {@code fallback}. */
    private static int best(Dendrogram tree, float[][] sim, int from, int to, int step, int fallback) {
        int best = fallback;
        double bestScore = fallback == 0 ? 0 : meanSilhouette(sim, tree.cut(fallback));
        for (int merges = from; merges >= to; merges -= step) {
            double score = meanSilhouette(sim, tree.cut(merges));
            if (score > bestScore) {
                bestScore = score;
                best = merges;
            }
        }
        return best;
    }

    /** The mean silhouette of a grouping (each idea's group key in 0..n-1); 0 when all are in one group. */
    static double meanSilhouette(float[][] sim, int[] group) {
        int n = group.length;
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        int k = 0;
        for (int g : group) {
            if (slot[g] < 0) {
                slot[g] = k++;
            }
        }
        if (k < 2) {
            return 0;
        }
        int[] of = new int[n];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            of[i] = slot[group[i]];
            size[of[i]]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (size[of[i]] < 2) {
                continue; // an idea alone: silhouette 0
            }
            Arrays.fill(sums, 0);
            float[] row = sim[i];
            for (int j = 0; j < n; j++) {
                sums[of[j]] += row[j];
            }
            // Mean distance to the rest of its own group (its own similarity, 1, left out), and to the nearest other.
            double a = 1 - (sums[of[i]] - row[i]) / (size[of[i]] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != of[i]) {
                    b = Math.min(b, 1 - sums[c] / size[c]);
                }
            }
            double larger = Math.max(a, b);
            total += larger <= 0 ? 0 : (b - a) / larger;
        }
        return total / n;
    }
}
