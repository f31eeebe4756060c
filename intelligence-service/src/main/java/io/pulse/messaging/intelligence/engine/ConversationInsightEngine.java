package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.util.List;

/**
 * The conversation engine, in two steps so that analysis can be incremental: {@link #analyzeMessages} looks at
 * new messages only (their sentiment, speech acts and topic evidence, which the service keeps), and
 * {@link #summarize} combines what is known of every message into the conversation's insight. The LLM engine
 * ({@code engine.llm.InsightTask}) works on the per-message step: it replaces the local facts and topic evidence of
 * the messages it judged validly; {@link #summarize} stays local (metrics over every known message, as of now).
 */
public interface ConversationInsightEngine {

    /** This engine's name ("local"); responses carry the engine of each analysis (local, local-fallback, llm:model). */
    String name();

    /** Per-message facts for {@code messages} (chronological), in the same order. */
    List<MessageFacts> analyzeMessages(List<ChatMessage> messages);

    /** Topic evidence for {@code messages} against the built-in taxonomy and the user's topics. */
    List<TopicEvidence> detectTopics(List<ChatMessage> messages, List<TopicDefinition> userTopics);

    /** The insight from every known message (chronological) and all topic evidence, as of {@code now}. */
    ConversationInsight summarize(List<MessageFacts> messages, List<TopicEvidence> topicEvidence, Instant now);
}
