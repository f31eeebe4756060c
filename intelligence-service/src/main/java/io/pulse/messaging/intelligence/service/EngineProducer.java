package io.pulse.messaging.intelligence.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.pulse.messaging.common.embedding.EmbeddingSettings;
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

    /** Loads the lexicon, the embedding model and the topic prototypes at startup, not on a first request's event loop. */
    void warmUp(@Observes StartupEvent event, ConversationInsightEngine engine) {
        List<ChatMessage> sample = List.of(new ChatMessage("warm-up", "system", "System", "Warming up the engines, thanks!",
                Instant.EPOCH, null));
        engine.summarize(engine.analyzeMessages(sample), engine.detectTopics(sample, List.of()), Instant.EPOCH);
    }

    /** One sentence embedder for the service (the model is loaded once; its cache serves every engine). */
    @Produces
    @Singleton
    TextEmbedder textEmbedder() {
        return new MiniLmEmbedder(EmbeddingSettings.fromConfig());
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
