package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends to the unclustered bucket the ideas that fit nowhere. Grouping in a topic-centred space takes the session's
 * shared topic out, and the flow of a neighbour graph carries every idea somewhere, which also makes an off-topic idea
 * look like it belongs to a group; in raw similarity it still stands apart from the rest of its group. Read from the
 * raw similarity matrix: O(n x group size).
 */
final class StrayFilter {

    private StrayFilter() {
    }

    /**
     * Unclusters every idea whose mean raw similarity to the other members of its group is under {@code floor}, then
     * every group left with one idea or with a raw cohesion (mean pairwise similarity) under {@code cohesionFloor}.
     */
    static int[] drop(int[] assignment, float[][] rawSim, double floor, double cohesionFloor) {
        int[] out = assignment.clone();
        for (List<Integer> group : groups(assignment).values()) {
            for (int i : group) {
                double sum = 0;
                for (int j : group) {
                    sum += j == i ? 0 : rawSim[i][j];
                }
                if (sum / (group.size() - 1) < floor) {
                    out[i] = -1;
                }
            }
        }
        for (List<Integer> group : groups(out).values()) {
            if (group.size() < 2 || ClusterQuality.cohesion(group, rawSim) < cohesionFloor) {
                group.forEach(i -> out[i] = -1);
            }
        }
        return out;
    }

    /**
     * Unclusters every idea of a group of three or more whose mean raw similarity to the other members is under
     * {@code ratio} times the mean similarity of those others among themselves, then every group left with one idea
     * or with a raw cohesion under {@code cohesionFloor}.
     */
    static int[] dropRelative(int[] assignment, float[][] rawSim, double ratio, double cohesionFloor) {
        int[] out = assignment.clone();
        for (List<Integer> group : groups(assignment).values()) {
            int m = group.size();
            if (m < 3) {
                continue;
            }
            double[] own = new double[m];
            double total = 0;
            for (int x = 0; x < m; x++) {
                for (int y = 0; y < m; y++) {
                    own[x] += x == y ? 0 : rawSim[group.get(x)][group.get(y)];
                }
                total += own[x];
            }
            for (int x = 0; x < m; x++) {
                double others = (total - 2 * own[x]) / ((m - 1.0) * (m - 2.0));
                if (own[x] / (m - 1) < ratio * others) {
                    out[group.get(x)] = -1;
                }
            }
        }
        return drop(out, rawSim, Double.NEGATIVE_INFINITY, cohesionFloor);
    }

    /** The members of each group key (ideas with -1 in none). */
    private static Map<Integer, List<Integer>> groups(int[] assignment) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] >= 0) {
                members.computeIfAbsent(assignment[i], k -> new ArrayList<>()).add(i);
            }
        }
        return members;
    }
}
