package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** The label of a text or a conversation; {@code MIXED} when strong positive and negative parts coexist. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE, MIXED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
