package io.pulse.messaging.brainstorm.engine;

import java.util.List;

/** Vector helpers for unit-length embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The dot product, with four running sums: a single sum is one long dependency chain the JIT may not reorder
     * (floating-point addition is not associative), four let the CPU overlap them, which matters for the n^2 / 2
     * similarities of a large session.
     */
    public static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Every pairwise dot product of the vectors (their cosine similarity when they are unit vectors), each computed
     * once: the symmetric n x n matrix, with 1 on the diagonal. Each entry is bit for bit what {@link #dot} gives
     * (the same four running sums in the same order), so callers may mix the two. Two columns are computed per pass
     * over a row's vector: each element of it is loaded once for two products, and the eight independent sums keep the
     * CPU busier than four.
     */
    public static float[][] similarities(List<float[]> vectors) {
        int n = vectors.size();
        float[][] sim = new float[n][n];
        float[][] v = vectors.toArray(new float[0][]);
        for (int i = 0; i < n; i++) {
            float[] a = v[i];
            float[] row = sim[i];
            row[i] = 1f;
            int j = i + 1;
            for (; j + 1 < n; j += 2) {
                pair(a, v[j], v[j + 1], row, j);
            }
            if (j < n) {
                row[j] = dot(a, v[j]);
            }
        }
        mirror(sim);
        return sim;
    }

    /**
     * The similarities of the vectors once {@code w} of their mean is taken out of each (and each is re-normalised),
     * derived from the raw similarities in O(n^2) instead of recomputing n^2 / 2 dot products: with
     * c_i = (v_i - w m) / |v_i - w m|, c_i . c_j = (v_i . v_j - w v_i . m - w v_j . m + w^2 m . m)
     * / (|v_i - w m| |v_j - w m|), and |v_i - w m|^2 = v_i . v_i - 2 w v_i . m + w^2 m . m.
     */
    public static float[][] centredSimilarities(float[][] raw, List<float[]> vectors, double w) {
        int n = vectors.size();
        float[] mean = mean(vectors);
        double mm = dot(mean, mean);
        double[] towardsMean = new double[n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            towardsMean[i] = dot(vectors.get(i), mean);
            norm[i] = Math.sqrt(Math.max(1e-12, raw[i][i] - 2 * w * towardsMean[i] + w * w * mm));
        }
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            float[] rawRow = raw[i];
            float[] row = sim[i];
            row[i] = 1f;
            for (int j = i + 1; j < n; j++) {
                row[j] = (float) ((rawRow[j] - w * towardsMean[i] - w * towardsMean[j] + w * w * mm) / (norm[i] * norm[j]));
            }
        }
        mirror(sim);
        return sim;
    }

    private static float[] mean(List<float[]> vectors) {
        int dimension = vectors.get(0).length;
        float[] mean = new float[dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += v[d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= vectors.size();
        }
        return mean;
    }

    /** Copies the upper triangle of a square matrix onto the lower one. */
    private static void mirror(float[][] sim) {
        for (int i = 1; i < sim.length; i++) {
            float[] row = sim[i];
            for (int j = 0; j < i; j++) {
                row[j] = sim[j][i];
            }
        }
    }

    /** {@code out[at] = dot(a, b)} and {@code out[at + 1] = dot(a, c)}, in one pass over {@code a}. */
    private static void pair(float[] a, float[] b, float[] c, float[] out, int at) {
        int length = a.length;
        if (b.length != length || c.length != length) {
            throw new IllegalArgumentException("vectors of different lengths");
        }
        float b0 = 0;
        float b1 = 0;
        float b2 = 0;
        float b3 = 0;
        float c0 = 0;
        float c1 = 0;
        float c2 = 0;
        float c3 = 0;
        int d = 0;
        for (int end = length - 3; d < end; d += 4) {
            float a0 = a[d];
            float a1 = a[d + 1];
            float a2 = a[d + 2];
            float a3 = a[d + 3];
            b0 += a0 * b[d];
            b1 += a1 * b[d + 1];
            b2 += a2 * b[d + 2];
            b3 += a3 * b[d + 3];
            c0 += a0 * c[d];
            c1 += a1 * c[d + 1];
            c2 += a2 * c[d + 2];
            c3 += a3 * c[d + 3];
        }
        for (; d < length; d++) {
            b0 += a[d] * b[d];
            c0 += a[d] * c[d];
        }
        out[at] = (b0 + b1) + (b2 + b3);
        out[at + 1] = (c0 + c1) + (c2 + c3);
    }
}
