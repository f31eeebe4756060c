package io.pulse.messaging.brainstorm.engine;

import java.util.Arrays;

/**
 * Polishes a grouping the way spherical k-means does, started from it: each grouped idea moves to the group whose
 * centroid (the normalised sum of its members' vectors) it is most similar to, and again until no idea moves, at most
 * {@value #MAX_ROUNDS} rounds (Lloyd's iterations; on the development sets it settles in two or three). The flow of a
 * graph decides a border idea by the few edges it kept; the centroid reads it against every member of each group, so
 * an idea pulled into a neighbouring theme through one strong edge goes back to its own. The number of groups never
 * grows: a group may only lose its last idea. Ideas outside any group (-1) stay outside (the stray rule decides them).
 *
 * <p>Read from the similarity matrix of unit vectors alone, without the vectors: the similarity of idea i to group
 * g's centroid is sum_{j in g} s(i, j) / |sum_{j in g} v_j|, and |sum_{j in g} v_j|^2 = sum_{j, l in g} s(j, l).
 * Cost: O(n^2) per round, O(n) memory besides the matrix.
 */
final class CentroidPolish {

    static final int MAX_ROUNDS = 10;

    private CentroidPolish() {
    }

    /** The polished group keys (group keys are idea indices, -1 for an idea outside any group). */
    static int[] polish(int[] groups, float[][] sim) {
        int n = groups.length;
        int[] current = groups.clone();
        double[] bucket = new double[n];
        double[] norm = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            norms(current, sim, norm);
            int[] next = current.clone();
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                if (current[i] < 0) {
                    continue;
                }
                next[i] = nearestGroup(sim[i], current, norm, bucket);
                moved |= next[i] != current[i];
            }
            current = next;
            if (!moved) {
                break;
            }
        }
        return current;
    }

    /** {@code norm[g]}: the length of the sum of group g's vectors (0 for a key that is no group). */
    private static void norms(int[] groups, float[][] sim, double[] norm) {
        Arrays.fill(norm, 0);
        for (int j = 0; j < groups.length; j++) {
            if (groups[j] < 0) {
                continue;
            }
            float[] row = sim[j];
            double within = 0;
            for (int l = 0; l < groups.length; l++) {
                if (groups[l] == groups[j]) {
                    within += row[l];
                }
            }
            norm[groups[j]] += within;
        }
        for (int g = 0; g < norm.length; g++) {
            norm[g] = norm[g] > 0 ? Math.sqrt(norm[g]) : 0;
        }
    }

    /** The group whose centroid the idea of this similarity row is most similar to (ties to the lower key). */
    private static int nearestGroup(float[] row, int[] groups, double[] norm, double[] bucket) {
        for (int l = 0; l < groups.length; l++) {
            if (groups[l] >= 0) {
                bucket[groups[l]] += row[l];
            }
        }
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < bucket.length; g++) {
            if (norm[g] > 0 && bucket[g] / norm[g] > bestSim) {
                best = g;
                bestSim = bucket[g] / norm[g];
            }
            bucket[g] = 0;
        }
        return best;
    }
}
