package io.pulse.messaging.brainstorm.engine;

import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.common.embedding.TextEmbedder;

/** One loaded embedding model for all engine tests of a JVM (loading it takes about a second). */
public final class SharedModel {

    public static final TextEmbedder MINI_LM = new MiniLmEmbedder();

    private SharedModel() {
    }
}
