package io.pulse.messaging.common.embedding;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product (their cosine) measures closeness in meaning. The local
 * engines that match by meaning (intelligence topics, brainstorm clustering) take this interface, so that another
 * model, or an LLM provider's embeddings, can replace {@link MiniLmEmbedder}.
 */
@FunctionalInterface
public interface TextEmbedder {

    /** One vector per text, in order. */
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** Cosine similarity of two vectors (of any length; 0 when one is zero). */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The vector scaled to length 1 (a zero vector stays zero). */
    static float[] normalise(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        double scale = 1 / Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] * scale);
        }
        return unit;
    }
}
