package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The neighbour graph and Markov clustering on similarity matrices built by hand (no model). */
class MarkovClusteringTest {

    /** Two themes of 12 ideas (alike within, 0.8 give or take, 0.1 across) and one idea like none of them. */
    private static float[][] twoThemesAndAnOutlier() {
        int n = 25;
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean sameTheme = i < 24 && j < 24 && (i < 12) == (j < 12);
                sim[i][j] = i == j ? 1f : i == 24 || j == 24 ? 0f : sameTheme ? 0.8f - 0.02f * ((i + j) % 5) : 0.1f;
            }
        }
        return sim;
    }

    @Test
    void theGraphJoinsOnlyMutualNeighboursAndLeavesTheOutlierAlone() {
        NeighbourGraph graph = NeighbourGraph.of(twoThemesAndAnOutlier(), 10);
        for (int i = 0; i < 25; i++) {
            int[] own = graph.neighbours()[i];
            assertArrayEquals(Arrays.stream(own).sorted().toArray(), own, "ascending");
            assertTrue(Arrays.binarySearch(own, i) >= 0, "a loop");
            for (int j : own) {
                assertTrue(Arrays.binarySearch(graph.neighbours()[j], i) >= 0, i + " and " + j + " are each other's");
                assertTrue(j == i || (i < 12) == (j < 12), "no edge across themes: " + i + "-" + j);
            }
            for (float w : graph.weights()[i]) {
                assertTrue(w > 0 && w <= 1, "weight " + w);
            }
        }
        assertArrayEquals(new int[] {24}, graph.neighbours()[24], "the outlier has only its loop");
    }

    @Test
    void theFlowSettlesIntoOneGroupPerTheme() {
        int[] group = MarkovClustering.groups(NeighbourGraph.of(twoThemesAndAnOutlier(), 10));
        for (int i = 0; i < 12; i++) {
            assertEquals(group[0], group[i], Arrays.toString(group));
            assertEquals(group[12], group[12 + i], Arrays.toString(group));
        }
        assertNotEquals(group[0], group[12]);
        assertEquals(24, group[24], "the outlier is its own attractor");
    }

    @Test
    void aChainOfTwoCliquesSplitsAtTheirWeakLink() {
        // Two cliques of 6 joined by a single pair of ideas that are each other's nearest outside their clique.
        int n = 12;
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = i == j ? 1f : (i < 6) == (j < 6) ? 0.9f - 0.01f * ((i * j) % 7) : 0.05f;
            }
        }
        sim[5][6] = 0.3f;
        sim[6][5] = 0.3f;
        int[] group = MarkovClustering.groups(NeighbourGraph.of(sim, 6));
        assertEquals(2, Arrays.stream(group).distinct().count(), Arrays.toString(group));
        assertNotEquals(group[5], group[6], Arrays.toString(group));
    }
}
