package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a conversation's activity is heading, against its own rhythm. */
public enum EngagementTrend {
    RISING, STABLE, DECLINING, INSUFFICIENT_DATA;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
