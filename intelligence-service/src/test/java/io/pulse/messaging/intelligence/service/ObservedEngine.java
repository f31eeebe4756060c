package io.pulse.messaging.intelligence.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.SentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.TopicDetector;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.vertx.core.Context;

/**
 * The real local engine, which a test can stop inside {@link #summarize} (for messages whose ids start with a prefix it
 * chooses) to look at what the analysis holds while the engine works: the thread it runs on, the database sessions.
 */
@Alternative
@Priority(1)
@Singleton
public class ObservedEngine implements ConversationInsightEngine {

    /** One stop: {@link #reached} once the engine is inside summarize, which then waits for {@link #release}. */
    public static final class Stop {
        public final CountDownLatch reached = new CountDownLatch(1);
        public final CountDownLatch release = new CountDownLatch(1);
        public volatile boolean onEventLoop;
        private final String prefix;

        Stop(String prefix) {
            this.prefix = prefix;
        }
    }

    private final ConversationInsightEngine real;
    private volatile Stop stop;

    ObservedEngine(SentimentAnalyzer sentiment, TopicDetector topics, IntelligenceConfig config) {
        this.real = new EngineProducer().conversationEngine(sentiment, topics, config);
    }

    /** The next summarize of messages with an id starting with {@code prefix} stops until released. */
    public Stop stopInSummarize(String prefix) {
        Stop next = new Stop(prefix);
        stop = next;
        return next;
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public List<MessageFacts> analyzeMessages(List<ChatMessage> messages) {
        return real.analyzeMessages(messages);
    }

    @Override
    public List<TopicEvidence> detectTopics(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
        return real.detectTopics(messages, userTopics);
    }

    @Override
    public ConversationInsight summarize(List<MessageFacts> messages, List<TopicEvidence> topicEvidence, Instant now) {
        Stop current = stop;
        if (current != null && messages.stream().anyMatch(m -> m.id().startsWith(current.prefix))) {
            stop = null;
            current.onEventLoop = Context.isOnEventLoopThread();
            current.reached.countDown();
            try {
                current.release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return real.summarize(messages, topicEvidence, now);
    }
}
