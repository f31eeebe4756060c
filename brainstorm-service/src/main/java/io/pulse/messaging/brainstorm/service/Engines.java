package io.pulse.messaging.brainstorm.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.engine.CachingEmbedder;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.engine.LocalSuggestionEngine;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;

/** Wires the plain-Java engines into the application. The embedding model loads on first use. */
@ApplicationScoped
public class Engines {

    @Produces
    @Singleton
    SuggestionEngine suggestionEngine() {
        return new LocalSuggestionEngine();
    }

    @Produces
    @Singleton
    CachingEmbedder embedder(@ConfigProperty(name = "brainstorm.embeddings.cache-size", defaultValue = "50000") int cacheSize,
            MeterRegistry metrics) {
        CachingEmbedder embedder = new CachingEmbedder(new MiniLmEmbedder(0), cacheSize);
        // Texts actually run through the model: re-clustering a session adds only its new or edited ideas.
        FunctionCounter.builder("brainstorm.embeddings.computed", embedder, CachingEmbedder::computed)
                .description("Idea texts embedded by the model (not served from the vector cache)")
                .register(metrics);
        return embedder;
    }

    @Produces
    @Singleton
    IdeaClusterer clusterer(CachingEmbedder embedder) {
        return new IdeaClusterer(embedder);
    }
}
