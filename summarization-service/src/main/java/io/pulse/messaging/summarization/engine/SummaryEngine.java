package io.pulse.messaging.summarization.engine;

import java.util.List;

/**
 * Turns a conversation into a structured summary, locally. The language model is not another implementation of this:
 * it is asked through {@code llm.ThreadSummaryTask} and {@code llm.DigestTask}, its answer checked against the
 * conversation, and this engine answers whenever the model's answer cannot be used.
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
