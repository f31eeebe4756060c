package io.pulse.messaging.intelligence.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.FixedVectors;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.common.embedding.TextEmbedder;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.EmbeddingTopicDetector;
import io.pulse.messaging.intelligence.engine.FollowUpDetector;
import io.pulse.messaging.intelligence.engine.LearnedSentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.LocalConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.SentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.TopicCalibration;
import io.pulse.messaging.intelligence.engine.TopicDetector;
import io.quarkus.runtime.StartupEvent;

/** Wires the plain-Java engines: one instance each per application (the embedding model is loaded once). */
@ApplicationScoped
public class EngineProducer {

    /** The built-in topics' prototype vectors, computed ahead of time by the model (BuiltInTopicVectorsTest checks them). */
    static final String BUILT_IN_VECTORS = "embedding/built-in-topics.vectors";

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    /**
     * Builds the engines (the lexicon, the sentiment head) and the built-in topics' prototypes at start-up, not on a
     * first request. No text goes through the model here: the prototypes' vectors are shipped ({@link #BUILT_IN_VECTORS}),
     * and the model's session is created meanwhile on its own thread (readiness waits for it).
     */
    void warmUp(@Observes StartupEvent event, ConversationInsightEngine engine) {
        long started = System.nanoTime();
        List<ChatMessage> none = List.of();
        engine.summarize(engine.analyzeMessages(none), engine.detectTopics(none, List.of()), Instant.EPOCH);
        LOG.debugf("Engines and built-in topic prototypes ready in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * One sentence embedder for the service (the model is loaded once, on its own thread; its cache serves every
     * engine), with the built-in topics' vectors computed ahead of time.
     */
    @Produces
    @Singleton
    TextEmbedder textEmbedder() {
        FixedVectors builtIn = FixedVectors.load(EngineProducer.class.getClassLoader(), BUILT_IN_VECTORS, MiniLmEmbedder.MODEL_ID);
        if (builtIn.size() == 0) {
            LOG.warnf("No built-in topic vectors of %s in %s: the model embeds the prototypes at start-up", MiniLmEmbedder.MODEL_ID,
                    BUILT_IN_VECTORS);
        }
        return new MiniLmEmbedder(EmbeddingSettings.fromConfig(), builtIn);
    }

    @Produces
    @Singleton
    SentimentAnalyzer sentimentAnalyzer(TextEmbedder embedder) {
        return LearnedSentimentAnalyzer.builtIn(embedder);
    }

    @Produces
    @Singleton
    TopicDetector topicDetector(TextEmbedder embedder, IntelligenceConfig config) {
        return new EmbeddingTopicDetector(embedder, true, TopicCalibration.DEFAULT, config.topics().cacheMaxBytes().asLongValue());
    }

    @Produces
    @Singleton
    ConversationInsightEngine conversationEngine(SentimentAnalyzer sentiment, TopicDetector topics, IntelligenceConfig config) {
        IntelligenceConfig.FollowUp followUp = config.followUp();
        return new LocalConversationInsightEngine(sentiment, topics,
                new FollowUpDetector(followUp.minimumWait(), followUp.stalledAfter(), followUp.stalledRhythmFactor()));
    }
}
