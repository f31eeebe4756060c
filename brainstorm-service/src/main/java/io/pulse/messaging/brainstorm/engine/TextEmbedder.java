package io.pulse.messaging.brainstorm.engine;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product is their semantic similarity. */
public interface TextEmbedder {

    /** One vector per text, in order; every vector has length 1. */
    List<float[]> embed(List<String> texts);
}
