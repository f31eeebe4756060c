package io.pulse.messaging.brainstorm.engine;

/** Vector helpers for unit-length embeddings. */
public final class Vectors {

    private Vectors() {
    }

    public static float[] normalise(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[vector.length];
        if (norm == 0) {
            return out;
        }
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }

    /**
     * The dot product, with four running sums: a single sum is one long dependency chain the JIT may not reorder
     * (floating-point addition is not associative), four let the CPU overlap them. About 3x faster on 384 dimensions,
     * which matters for the n^2 / 2 similarities of a large session.
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
}
