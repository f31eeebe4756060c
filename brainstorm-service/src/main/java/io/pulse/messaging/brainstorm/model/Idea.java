package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.orm.OwnedEntity;

/** One idea of a session, in one step; {@code userId} is its author. A row of its own, never part of a JSON array. */
@Entity
@Table(name = "brainstorm_ideas")
public class Idea extends OwnedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "step", nullable = false, columnDefinition = "text")
    private String step;

    @Column(name = "text", nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "details", columnDefinition = "text")
    private String details;

    /** JSON object {@code {"userIds": [...]}}: the users whose near-duplicate ideas were merged into this one. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_contributors", nullable = false)
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
