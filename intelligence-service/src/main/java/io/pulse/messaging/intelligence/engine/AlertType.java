package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** A sharp change worth telling the user about. */
public enum AlertType {
    SENTIMENT_DROP, SENTIMENT_RISE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
