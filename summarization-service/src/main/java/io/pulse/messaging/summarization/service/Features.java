package io.pulse.messaging.summarization.service;

import java.time.Duration;

import io.pulse.messaging.common.ai.AiFeature;
import io.pulse.messaging.summarization.engine.llm.SummaryPrompts;

/** What a model feature ({@code summary}, {@code digest}) adds to a job: its part of the cache key, its lease. */
final class Features {

    private Features() {
    }

    /**
     * The engine's part of a cache key: {@code local}, or the model's endpoint, name and prompt version and the input
     * budget (which decides how much of a long conversation the model reads), so that switching any of them never serves
     * a summary made otherwise.
     */
    static String cacheIdentity(AiFeature feature) {
        String identity = feature.cacheIdentity(SummaryPrompts.VERSION);
        return feature.local() ? identity : identity + "|max-input-tokens-" + feature.maxInputTokens();
    }

    /** How long a computation of the feature may hold its key's lease: the model's timeout and the margin after it. */
    static Duration lease(AiFeature feature, SummarizationConfig config) {
        return feature.timeout().plus(config.lease().margin());
    }
}
