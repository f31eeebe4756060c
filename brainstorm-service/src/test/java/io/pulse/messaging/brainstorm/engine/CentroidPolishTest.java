package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Centroid rounds on similarity matrices of unit vectors built by hand (no model). */
class CentroidPolishTest {

    /** Unit vectors in the plane at these angles (degrees), and their pairwise cosines. */
    private static float[][] similarities(double... degrees) {
        List<float[]> vectors = new ArrayList<>();
        for (double d : degrees) {
            double r = Math.toRadians(d);
            vectors.add(new float[] {(float) Math.cos(r), (float) Math.sin(r)});
        }
        return Vectors.similarities(vectors);
    }

    @Test
    void aBorderIdeaCarriedIntoTheWrongGroupGoesBackToTheGroupItIsNearest() {
        // Ideas 0-2 around 0 degrees, 3-5 around 90; idea 2 (at 20 degrees) was put with 3-5.
        float[][] sim = similarities(0, 10, 20, 80, 90, 100);
        int[] polished = CentroidPolish.polish(new int[] {0, 0, 3, 3, 3, 3}, sim);
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3}, polished);
    }

    @Test
    void aGroupingThatFitsItsCentroidsStaysAndIdeasOutsideAnyGroupStayOut() {
        float[][] sim = similarities(0, 10, 20, 80, 90, 100, 45);
        int[] groups = {0, 0, 0, 3, 3, 3, -1};
        assertArrayEquals(groups, CentroidPolish.polish(groups, sim));
    }

    @Test
    void aGroupWhoseIdeasAllFitOtherGroupsBetterEmptiesAndNoGroupIsAdded() {
        // Group 6 holds one idea of each theme (5 and 95 degrees): each goes to its theme, and group 6 is gone.
        float[][] sim = similarities(0, 10, 20, 80, 90, 100, 5, 95);
        int[] polished = CentroidPolish.polish(new int[] {0, 0, 0, 3, 3, 3, 6, 6}, sim);
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 0, 3}, polished);
    }
}
