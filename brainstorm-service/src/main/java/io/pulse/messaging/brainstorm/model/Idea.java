package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One idea of a session, in one step; {@code userId} is its author. A row of its own, never part of a JSON array. */
public class Idea extends AuthoredRow {

    private UUID sessionId;

    private OffsetDateTime updatedAt;

    private String step;

    private String text;

    private String details;

    /** JSON object {@code {"userIds": [...]}}: the users whose near-duplicate ideas were merged into this one. */
    private String coContributors = "{\"userIds\": []}";

    public UUID getSessionId() {
        return sessionId;
    }

    public void setSessionId(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getCoContributors() {
        return coContributors;
    }

    public void setCoContributors(String coContributors) {
        this.coContributors = coContributors;
    }
}
