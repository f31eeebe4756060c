package io.pulse.messaging.intelligence.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * Not ready until the embedding model's session exists: it is created on a background thread while the service boots
 * ({@link MiniLmEmbedder#preload}), and an analysis that came before it would wait for it. Down for good, with the
 * reason, when the model cannot be loaded. Another {@link TextEmbedder} (a provider's) is taken as ready.
 */
@Readiness
@ApplicationScoped
public class EmbeddingModelReadiness implements HealthCheck {

    static final String NAME = "Embedding model";

    private final TextEmbedder embedder;

    EmbeddingModelReadiness(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public HealthCheckResponse call() {
        if (!(embedder instanceof MiniLmEmbedder model) || model.loaded()) {
            return HealthCheckResponse.up(NAME);
        }
        String state = model.whenLoaded().toCompletableFuture().isCompletedExceptionally() ? "failed to load (see the log)"
                : "loading";
        return HealthCheckResponse.named(NAME).down().withData("model", MiniLmEmbedder.MODEL_ID).withData("state", state).build();
    }
}
