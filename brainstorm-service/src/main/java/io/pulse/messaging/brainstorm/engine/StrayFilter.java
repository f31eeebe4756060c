package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends to the unclustered bucket the ideas that fit nowhere. Grouping in a topic-centred, neighbour-blended space
 * takes the session's shared topic out and gives every idea neighbours, which also makes an off-topic idea look like it
 * belongs somewhere; in raw similarity it still stands apart from the rest of its group. Read from the raw similarity
 * matrix: O(n x group size).
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
