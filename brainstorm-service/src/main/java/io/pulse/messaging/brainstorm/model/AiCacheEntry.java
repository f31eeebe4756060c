package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cached AI answer for a session, valid until {@code expiresAt}; {@code userId} is who asked first. */
public class AiCacheEntry extends AuthoredRow {

    private UUID sessionId;

    private OffsetDateTime expiresAt;

    private String cacheKey;

    private String engine;

    private String response;

    public AiCacheEntry(UUID id, UUID userId, OffsetDateTime createdAt, UUID sessionId, OffsetDateTime expiresAt, String cacheKey,
            String engine, String response) {
        setId(id);
        setUserId(userId);
        setCreatedAt(createdAt);
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
        this.cacheKey = cacheKey;
        this.engine = engine;
        this.response = response;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getCacheKey() {
        return cacheKey;
    }

    public String getEngine() {
        return engine;
    }

    public String getResponse() {
        return response;
    }
}
