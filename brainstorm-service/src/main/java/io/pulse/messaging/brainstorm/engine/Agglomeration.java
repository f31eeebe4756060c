package io.pulse.messaging.brainstorm.engine;

/**
 * Average-linkage agglomerative clustering over a similarity matrix, with cached nearest neighbours: merges the two
 * closest groups until one is left, recording every merge ({@link Dendrogram}); where to cut it is chosen afterwards
 * ({@link CutSelection}). Merges go strictly by similarity; of equal ones, the lowest index wins, so the same idea set
 * always merges in the same order. Works on a copy of the matrix (n x n floats).
 */
final class Agglomeration {

    private final float[][] sim;
    private final int n;
    private final int[] size;
    private final boolean[] active;
    private final int[] best;
    private final float[] bestSim;

    private Agglomeration(float[][] original) {
        this.sim = copy(original);
        this.n = original.length;
        this.size = new int[n];
        this.active = new boolean[n];
        this.best = new int[n];
        this.bestSim = new float[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
        }
        for (int i = 0; i < n; i++) {
            nearest(i);
        }
    }

    /** Every merge, in order, until a single group is left. */
    static Dendrogram merges(float[][] sim) {
        Agglomeration groups = new Agglomeration(sim);
        int n = sim.length;
        int[] kept = new int[Math.max(0, n - 1)];
        int[] gone = new int[kept.length];
        float[] similarity = new float[kept.length];
        int count = 0;
        while (count < kept.length) {
            int a = groups.closest();
            if (a < 0) {
                break;
            }
            int b = groups.best[a];
            kept[count] = Math.min(a, b);
            gone[count] = Math.max(a, b);
            similarity[count] = groups.bestSim[a];
            count++;
            groups.merge(a, b);
        }
        return new Dendrogram(n, kept, gone, similarity);
    }

    /** The active group whose nearest neighbour is the most alike; -1 when none has a neighbour. */
    private int closest() {
        int a = -1;
        for (int i = 0; i < n; i++) {
            if (active[i] && best[i] >= 0 && (a < 0 || bestSim[i] > bestSim[a])) {
                a = i;
            }
        }
        return a;
    }

    /** Merges groups a and b into the lower index, averaging their similarities by size, and updates the neighbours. */
    private void merge(int a, int b) {
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        float[] keepRow = sim[keep];
        float[] goneRow = sim[gone];
        for (int k = 0; k < n; k++) {
            if (active[k] && k != keep && k != gone) {
                float merged = (size[keep] * keepRow[k] + size[gone] * goneRow[k]) / (size[keep] + size[gone]);
                keepRow[k] = merged;
                sim[k][keep] = merged;
            }
        }
        active[gone] = false;
        size[keep] += size[gone];
        nearest(keep);
        for (int k = 0; k < n; k++) {
            if (!active[k] || k == keep) {
                continue;
            }
            if (best[k] == keep || best[k] == gone) {
                nearest(k);
            } else if (sim[k][keep] > bestSim[k] || (sim[k][keep] == bestSim[k] && keep < best[k])) {
                best[k] = keep;
                bestSim[k] = sim[k][keep];
            }
        }
    }

    private void nearest(int i) {
        float[] row = sim[i];
        int bestK = -1;
        float bestS = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (k != i && active[k] && row[k] > bestS) {
                bestK = k;
                bestS = row[k];
            }
        }
        best[i] = bestK;
        bestSim[i] = bestS;
    }

    private static float[][] copy(float[][] matrix) {
        float[][] out = new float[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i].clone();
        }
        return out;
    }
}
