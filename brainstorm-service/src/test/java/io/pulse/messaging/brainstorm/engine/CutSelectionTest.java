package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dendrogram cut follows the data: as many groups as the similarity matrix has blocks, with no cap. */
class CutSelectionTest {

    /** {@code groups} blocks of {@code size}: about 0.7 alike inside a block, about 0.1 across, with a little noise. */
    private static float[][] blocks(int groups, int size, long seed) {
        Random random = new Random(seed);
        int n = groups * size;
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                float s = (i / size == j / size ? 0.7f : 0.1f) + (float) (random.nextGaussian() * 0.05);
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        return sim;
    }

    private static int groupsOf(int[] group) {
        return (int) Arrays.stream(group).distinct().count();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 12, 60})
    void asManyGroupsAsBlocks(int blocks) {
        float[][] sim = blocks(blocks, 5, blocks);
        Dendrogram tree = Agglomeration.merges(sim);
        int[] group = tree.cut(CutSelection.choose(tree, sim, Double.NEGATIVE_INFINITY, 2));
        assertEquals(blocks, groupsOf(group));
        for (int i = 0; i < group.length; i++) {
            assertEquals(group[i / 5 * 5], group[i], "idea " + i + " with its block");
        }
    }

    @Test
    void ideasThatAreAllOneThemeAreOneGroup() {
        for (int n : new int[] {2, 3, 5}) {
            float[][] sim = blocks(1, n, n);
            Dendrogram tree = Agglomeration.merges(sim);
            assertEquals(n - 1, CutSelection.choose(tree, sim, 0.35, 1), n + " paraphrases");
        }
    }

    @Test
    void nothingAlikeEnoughStaysApart() {
        float[][] sim = blocks(1, 6, 1);
        for (float[] row : sim) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] == 1 ? 1 : 0.05f;
            }
        }
        Dendrogram tree = Agglomeration.merges(sim);
        assertEquals(0, CutSelection.choose(tree, sim, 0.35, 1));
    }

    @Test
    void silhouetteOfWellSeparatedGroupsIsHighAndOfOneGroupZero() {
        float[][] sim = blocks(3, 4, 2);
        int[] right = new int[12];
        for (int i = 0; i < 12; i++) {
            right[i] = i / 4 * 4;
        }
        assertEquals(0, CutSelection.meanSilhouette(sim, new int[12]));
        double score = CutSelection.meanSilhouette(sim, right);
        assertEquals(true, score > 0.5, "silhouette " + score);
    }
}
