package io.pulse.messaging.autoresponse.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one evaluation that reached the log. */
public enum LogStatus {
    @JsonProperty("sent") SENT,
    @JsonProperty("suppressed") SUPPRESSED,
    @JsonProperty("failed") FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogStatus ofWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
