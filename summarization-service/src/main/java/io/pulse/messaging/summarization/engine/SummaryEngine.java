package io.pulse.messaging.summarization.engine;

import java.util.List;

/**
 * Turns a conversation into a structured summary. The local extractive engine is the default; an LLM-backed
 * engine can implement the same contract later and be chosen by configuration.
 */
public interface SummaryEngine {

    /** The name responses carry in {@code engine}, for example {@code local}. */
    String name();

    /**
     * Summarises {@code messages} (in any order: the engine orders them by sent time).
     *
     * @throws IllegalArgumentException for an empty list
     */
    ThreadSummary summarize(List<ChatMessage> messages, SummaryOptions options);
}
