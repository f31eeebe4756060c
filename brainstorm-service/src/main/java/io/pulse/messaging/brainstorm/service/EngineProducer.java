package io.pulse.messaging.brainstorm.service;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.engine.LocalSuggestionEngine;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.quarkus.runtime.StartupEvent;

/** Wires the plain-Java engines into the application. The embedding model loads on first use. */
@ApplicationScoped
public class EngineProducer {

    /** The embedder once produced, for the metric (which exists from startup, at 0 until the model is used). */
    private final AtomicReference<MiniLmEmbedder> embedder = new AtomicReference<>();

    void registerMetrics(@Observes StartupEvent start, MeterRegistry metrics) {
        FunctionCounter.builder("brainstorm.embeddings.computed", embedder, EngineProducer::embedded)
                .description("Idea texts embedded by the model (not served from the vector cache)")
                .register(metrics);
    }

    @Produces
    @Singleton
    SuggestionEngine suggestionEngine() {
        return new LocalSuggestionEngine();
    }

    /** The model with its vector cache (pulse.embedding.*): re-clustering a session embeds only its new or edited ideas. */
    @Produces
    @Singleton
    MiniLmEmbedder embedder() {
        MiniLmEmbedder model = new MiniLmEmbedder(EmbeddingSettings.fromConfig());
        embedder.set(model);
        return model;
    }

    @Produces
    @Singleton
    IdeaClusterer clusterer(MiniLmEmbedder embedder) {
        return new IdeaClusterer(embedder);
    }

    /** The texts that went through the model: its cache's misses. */
    private static double embedded(AtomicReference<MiniLmEmbedder> embedder) {
        MiniLmEmbedder model = embedder.get();
        return model == null ? 0 : model.cacheStatistics()[1];
    }
}
