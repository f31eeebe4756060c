package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Centroid refinement of the agglomerative groups: groups large enough become centroids; every idea then joins the
 * centroid it is most alike if that similarity reaches the assignment threshold, and is unclustered (-1) otherwise;
 * repeated until stable. This fixes early merges that average linkage cannot undo and sends loners to the unclustered
 * bucket. Similarities to centroids come from the similarity matrix of the space the groups were made in
 * ({@link Centroids}).
 */
final class CentroidRefinement {

    private static final int MAX_ROUNDS = 20;

    private CentroidRefinement() {
    }

    /**
     * Each idea's cluster key (-1: unclustered) after refining the groups of {@code roots}: groups of at least two
     * ideas (three in a large session) start as centroids, centroids at least {@code mergeCentroids} alike are one.
     */
    static int[] refine(int[] roots, float[][] sim, double assignThreshold, double mergeCentroids) {
        int[] label = initialLabels(roots, roots.length >= IdeaClusterer.CENTRE_FROM ? 3 : 2);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Centroids centroids = Centroids.of(label, sim);
            boolean[] dropped = alikeCentroids(centroids, label, mergeCentroids);
            int[] next = reassign(centroids, dropped, label.length, assignThreshold);
            boolean changed = anyTrue(dropped) || !Arrays.equals(next, label);
            dissolveSingles(next);
            label = next;
            if (!changed) {
                break;
            }
        }
        return label;
    }

    /** The groups of at least {@code minSize} ideas, keyed by their root; -1 for the ideas of smaller groups. */
    private static int[] initialLabels(int[] roots, int minSize) {
        int n = roots.length;
        int[] sizes = new int[n];
        for (int root : roots) {
            sizes[root]++;
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = sizes[roots[i]] >= minSize ? roots[i] : -1;
        }
        return label;
    }

    /** Two clusters whose centres are this alike talk about the same thing: the later one is dropped. */
    private static boolean[] alikeCentroids(Centroids centroids, int[] label, double mergeCentroids) {
        int k = centroids.keys().length;
        boolean[] dropped = new boolean[k];
        for (int c = k - 1; c > 0; c--) {
            for (int d = 0; d < c; d++) {
                if (centroids.between(c, d, label) >= mergeCentroids) {
                    dropped[c] = true;
                    break;
                }
            }
        }
        return dropped;
    }

    /** Each idea's most alike centroid not dropped, if at least {@code assignThreshold} alike; -1 otherwise. */
    private static int[] reassign(Centroids centroids, boolean[] dropped, int n, double assignThreshold) {
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            int bestKey = -1;
            float best = (float) assignThreshold;
            for (int c = 0; c < dropped.length; c++) {
                if (dropped[c]) {
                    continue;
                }
                float s = centroids.toIdea(c, i);
                if (s >= best && (bestKey < 0 || s > best)) {
                    best = s;
                    bestKey = centroids.keys()[c];
                }
            }
            next[i] = bestKey;
        }
        return next;
    }

    /** A centroid left with a single idea is no cluster. */
    private static void dissolveSingles(int[] label) {
        int[] counts = new int[label.length];
        for (int l : label) {
            if (l >= 0) {
                counts[l]++;
            }
        }
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0 && counts[label[i]] < 2) {
                label[i] = -1;
            }
        }
    }

    /**
     * Sends to the unclustered bucket every idea whose raw similarity to its cluster's raw centroid is under
     * {@code floor}: centring takes the shared topic out, which also makes an off-topic idea look like it belongs
     * somewhere; in raw space it still stands apart. Clusters left with one idea are dissolved.
     */
    static int[] dropStrays(int[] assignment, float[][] rawSim, double floor) {
        int n = assignment.length;
        Centroids centroids = Centroids.of(assignment, rawSim);
        int[] slot = new int[n];
        for (int c = 0; c < centroids.keys().length; c++) {
            slot[centroids.keys()[c]] = c;
        }
        int[] out = assignment.clone();
        for (int i = 0; i < n; i++) {
            if (out[i] >= 0 && centroids.toIdea(slot[out[i]], i) < floor) {
                out[i] = -1;
            }
        }
        // A group of ideas that only share being off the topic (centring made them alike) is no cluster either:
        // their raw mean pairwise similarity stays low.
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (out[i] >= 0) {
                members.computeIfAbsent(out[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : members.values()) {
            if (group.size() < 2 || ClusterQuality.cohesion(group, rawSim) < IdeaClusterer.RAW_COHESION_FLOOR) {
                group.forEach(i -> out[i] = -1);
            }
        }
        return out;
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }
}
