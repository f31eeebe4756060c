package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest clustering of a session (one row per session). */
@Entity
@Table(name = "brainstorm_clusterings")
public class ClusteringRecord {

    @Id
    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "idea_set_hash", nullable = false, columnDefinition = "text")
    private String ideaSetHash;

    @Column(name = "engine", nullable = false, columnDefinition = "text")
    private String engine;

    /** Why the local labels stand in for the model's; null unless {@code engine} is {@code local-fallback}. */
    @Column(name = "fallback_reason", columnDefinition = "text")
    private String fallbackReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "result", nullable = false)
    private String result;

    /** Goes up with every change of the stored clustering: edits name the version they were made on. */
    @Column(name = "version", nullable = false)
    private long version;

    /** A locked clustering keeps every manual choice through re-clusterings. */
    @Column(name = "locked", nullable = false)
    private boolean locked;

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getUserId() {
        return userId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getIdeaSetHash() {
        return ideaSetHash;
    }

    public String getEngine() {
        return engine;
    }

    public String getFallbackReason() {
        return fallbackReason;
    }

    public String getResult() {
        return result;
    }

    public long getVersion() {
        return version;
    }

    public boolean isLocked() {
        return locked;
    }
}
