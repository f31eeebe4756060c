package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends to the unclustered bucket the ideas that fit nowhere. Clustering in a topic-centred, neighbour-blended space
 * takes the session's shared topic out, which also makes an off-topic idea look like it belongs somewhere; in raw
 * similarity it still stands apart from its cluster's centre. Read from the raw similarity matrix ({@link Centroids}).
 */
final class StrayFilter {

    private StrayFilter() {
    }

    /**
     * Sends to the unclustered bucket every idea whose raw similarity to its cluster's raw centroid is under
     * {@code floor}: centring takes the shared topic out, which also makes an off-topic idea look like it belongs
     * somewhere; in raw space it still stands apart. Clusters left with one idea are dissolved.
     */
    static int[] drop(int[] assignment, float[][] rawSim, double floor, double cohesionFloor) {
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
            if (group.size() < 2 || ClusterQuality.cohesion(group, rawSim) < cohesionFloor) {
                group.forEach(i -> out[i] = -1);
            }
        }
        return out;
    }
}
