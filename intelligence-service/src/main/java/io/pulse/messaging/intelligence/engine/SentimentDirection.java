package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a conversation's sentiment is heading over the trend window. */
public enum SentimentDirection {
    IMPROVING, STABLE, DECLINING, INSUFFICIENT_DATA;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The direction named {@code wire} (as the API spells it), or null when there is none. */
    public static SentimentDirection fromWire(String wire) {
        for (SentimentDirection direction : values()) {
            if (direction.wire().equals(wire)) {
                return direction;
            }
        }
        return null;
    }
}
