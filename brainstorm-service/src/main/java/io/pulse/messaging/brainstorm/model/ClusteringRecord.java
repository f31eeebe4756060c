package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The latest clustering of a session (one row per session). */
public class ClusteringRecord {

    private UUID sessionId;

    private UUID userId;

    private OffsetDateTime createdAt;

    private String ideaSetHash;

    private String engine;

    /** Why the local labels stand in for the model's; null unless {@code engine} is {@code local-fallback}. */
    private String fallbackReason;

    private String result;

    /** Goes up with every change of the stored clustering: edits name the version they were made on. */
    private long version;

    /** A locked clustering keeps every manual choice through re-clusterings. */
    private boolean locked;

    public ClusteringRecord(UUID sessionId, UUID userId, OffsetDateTime createdAt, String ideaSetHash, String engine,
            String fallbackReason, String result, long version, boolean locked) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.createdAt = createdAt;
        this.ideaSetHash = ideaSetHash;
        this.engine = engine;
        this.fallbackReason = fallbackReason;
        this.result = result;
        this.version = version;
        this.locked = locked;
    }

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
