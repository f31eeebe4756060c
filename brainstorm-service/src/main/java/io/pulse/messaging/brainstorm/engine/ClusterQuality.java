package io.pulse.messaging.brainstorm.engine;

import java.util.Arrays;
import java.util.List;

/** How well clusters hold together, read from the similarity matrix: cohesion and silhouette-based confidence. */
final class ClusterQuality {

    private ClusterQuality() {
    }

    /** The mean pairwise similarity of the members (1 for a single member). */
    static double cohesion(List<Integer> members, float[][] sim) {
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < members.size(); x++) {
            float[] row = sim[members.get(x)];
            for (int y = x + 1; y < members.size(); y++) {
                sum += row[members.get(y)];
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }

    /**
     * Each clustered idea's silhouette (in similarity terms): its mean similarity to the rest of its cluster (a)
     * against its mean similarity to the nearest other cluster (b), as (a - b) / max(a, b); one O(n^2) pass for all
     * clusters. Unclustered ideas have none (0).
     */
    static double[] silhouettes(float[][] sim, int[] clusterOf, int clusterCount) {
        int n = sim.length;
        double[] out = new double[n];
        double[] sums = new double[clusterCount];
        int[] counts = new int[clusterCount];
        for (int i = 0; i < n; i++) {
            int own = clusterOf[i];
            if (own < 0) {
                continue;
            }
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            float[] row = sim[i];
            for (int k = 0; k < n; k++) {
                if (k != i && clusterOf[k] >= 0) {
                    sums[clusterOf[k]] += row[k];
                    counts[clusterOf[k]]++;
                }
            }
            double a = counts[own] == 0 ? 0 : sums[own] / counts[own];
            double b = 0;
            for (int c = 0; c < clusterCount; c++) {
                if (c != own && counts[c] > 0) {
                    b = Math.max(b, sums[c] / counts[c]);
                }
            }
            double denominator = Math.max(a, b);
            out[i] = denominator <= 0 ? 0 : (a - b) / denominator;
        }
        return out;
    }

    /** Mean silhouette of the cluster's ideas, clamped to 0..1. */
    static double confidence(List<Integer> members, double[] silhouettes) {
        double total = 0;
        for (int i : members) {
            total += silhouettes[i];
        }
        return Math.max(0, Math.min(1, total / members.size()));
    }
}
