package io.pulse.messaging.intelligence.engine.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.ai.TokenBudget;

/** The estimated tokens one item adds to a prompt's data: its JSON (as {@code Prompt.of} writes it) and a separator. */
final class DataTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataTokens() {
    }

    static int of(Object item) {
        try {
            return TokenBudget.estimate(JSON.writeValueAsString(item)) + 1;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("prompt data is not serialisable", e);
        }
    }
}
