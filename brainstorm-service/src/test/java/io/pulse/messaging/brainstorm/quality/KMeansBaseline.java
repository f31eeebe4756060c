package io.pulse.messaging.brainstorm.quality;

import java.util.List;
import java.util.Random;

import io.pulse.messaging.brainstorm.engine.Vectors;

/** Spherical k-means (k-means++ seeding, cosine similarity) told the true number of groups: a baseline. */
final class KMeansBaseline {

    private KMeansBaseline() {
    }

    /** Spherical k-means (k-means++ seeding, cosine), at most 50 rounds: each idea's cluster index. */
    static int[] cluster(List<float[]> vectors, int k, long seed) {
        float[][] centres = seeds(vectors, k, new Random(seed));
        int[] label = new int[vectors.size()];
        for (int round = 0; round < 50; round++) {
            boolean changed = assign(vectors, centres, label);
            recentre(vectors, centres, label);
            if (!changed && round > 0) {
                break;
            }
        }
        return label;
    }

    /** k-means++: each next centre drawn with probability proportional to its squared distance to the nearest one. */
    private static float[][] seeds(List<float[]> vectors, int k, Random random) {
        int n = vectors.size();
        float[][] centres = new float[k][];
        centres[0] = vectors.get(random.nextInt(n)).clone();
        double[] distance = new double[n];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double best = Double.MAX_VALUE;
                for (int d = 0; d < c; d++) {
                    best = Math.min(best, 1 - Vectors.dot(vectors.get(i), centres[d]));
                }
                distance[i] = best * best;
                total += distance[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                pick -= distance[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = vectors.get(chosen).clone();
        }
        return centres;
    }

    /** Each vector to its most similar centre; whether any label changed. */
    private static boolean assign(List<float[]> vectors, float[][] centres, int[] label) {
        boolean changed = false;
        for (int i = 0; i < vectors.size(); i++) {
            int best = 0;
            for (int c = 1; c < centres.length; c++) {
                if (Vectors.dot(vectors.get(i), centres[c]) > Vectors.dot(vectors.get(i), centres[best])) {
                    best = c;
                }
            }
            changed |= label[i] != best;
            label[i] = best;
        }
        return changed;
    }

    /** Each centre to the normalised sum of its members (an empty cluster keeps its centre). */
    private static void recentre(List<float[]> vectors, float[][] centres, int[] label) {
        int dim = vectors.get(0).length;
        float[][] sums = new float[centres.length][dim];
        for (int i = 0; i < vectors.size(); i++) {
            for (int d = 0; d < dim; d++) {
                sums[label[i]][d] += vectors.get(i)[d];
            }
        }
        for (int c = 0; c < centres.length; c++) {
            double length = Math.sqrt(Vectors.dot(sums[c], sums[c]));
            if (length > 0) {
                for (int d = 0; d < dim; d++) {
                    sums[c][d] /= length;
                }
                centres[c] = sums[c];
            }
        }
    }
}
