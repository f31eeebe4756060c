package io.pulse.messaging.summarization.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a summary covers: one thread, or one day of the reader's conversations. */
public enum SummaryType {
    @JsonProperty("thread")
    THREAD("thread"),
    @JsonProperty("daily_digest")
    DAILY_DIGEST("daily_digest");

    private final String value;

    SummaryType(String value) {
        this.value = value;
    }

    /** The value stored and shown in JSON. */
    public String value() {
        return value;
    }

    public static SummaryType of(String value) {
        for (SummaryType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown summary type: " + value);
    }
}
