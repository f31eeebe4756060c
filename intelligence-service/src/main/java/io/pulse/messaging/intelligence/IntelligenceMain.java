package io.pulse.messaging.intelligence;

import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: starts creating the embedding model's session on a background thread before Quarkus
 * boots, so that the two overlap instead of the model's second or more coming after the boot (the service is ready
 * once both are done: {@code service.EmbeddingModelReadiness}). The session's settings come from system properties and
 * environment variables here ({@link EmbeddingSettings#fromEnvironment()}); should the configuration's differ (a key
 * set in {@code application.properties}), the service creates its own session with those and this one stays unused.
 */
@QuarkusMain
public final class IntelligenceMain {

    private IntelligenceMain() {
    }

    public static void main(String... args) {
        MiniLmEmbedder.preload(EmbeddingSettings.fromEnvironment());
        Quarkus.run(args);
    }
}
