package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shared-nearest-neighbour similarity (Jarvis and Patrick 1973): two ideas whose {@code k} nearest neighbours overlap
 * belong together even where their direct similarity is blurred by how the embedding spreads a theme. The result is
 * {@code mix} x (shared neighbours / k) + (1 - mix) x the direct similarity (an idea counts among its own k), written over the given matrix. The
 * neighbour lists are found with one partial selection per row and intersected through reverse lists: O(n^2) time and
 * O(n k) extra memory.
 */
final class SharedNeighbours {

    private SharedNeighbours() {
    }

    /** Blends the shared-neighbour share into {@code sim} in place; nothing changes when there are too few ideas. */
    static void blend(float[][] sim, int k, double mix) {
        int n = sim.length;
        if (n <= k + 1) {
            return;
        }
        int[][] neighbours = new int[n][];
        List<List<Integer>> pointedBy = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pointedBy.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            neighbours[i] = nearest(sim[i], i, k - 1);
            for (int p : neighbours[i]) {
                pointedBy.get(p).add(i);
            }
        }
        int[] shared = new int[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(shared, 0);
            for (int p : neighbours[i]) {
                for (int j : pointedBy.get(p)) {
                    shared[j]++;
                }
            }
            float[] row = sim[i];
            for (int j = i + 1; j < n; j++) {
                float blended = (float) (mix * shared[j] / k + (1 - mix) * row[j]);
                row[j] = blended;
            }
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i];
            }
        }
    }

    /** Idea {@code self} and the {@code k} other ideas most alike it, ties to the lower index. */
    private static int[] nearest(float[] row, int self, int k) {
        int[] best = new int[k + 1];
        float[] bestSim = new float[k + 1];
        best[k] = self;
        int filled = 0;
        for (int j = 0; j < row.length; j++) {
            if (j == self) {
                continue;
            }
            float s = row[j];
            if (filled == k && s <= bestSim[k - 1]) {
                continue;
            }
            int at = filled < k ? filled++ : k - 1;
            while (at > 0 && bestSim[at - 1] < s) {
                best[at] = best[at - 1];
                bestSim[at] = bestSim[at - 1];
                at--;
            }
            best[at] = j;
            bestSim[at] = s;
        }
        return best;
    }
}
