package io.pulse.messaging.intelligence.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a follow-up is about. */
public enum FollowUpType {
    UNANSWERED_QUESTION, PENDING_REQUEST, STALLED_THREAD;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
