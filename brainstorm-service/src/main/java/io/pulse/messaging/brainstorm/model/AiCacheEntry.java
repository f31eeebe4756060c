package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A cached AI answer for a session, valid until {@code expiresAt}; {@code userId} is who asked first. */
@Entity
@Table(name = "brainstorm_ai_cache")
public class AiCacheEntry extends OwnedEntity {

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "cache_key", nullable = false, columnDefinition = "text")
    private String cacheKey;

    @Column(name = "engine", nullable = false, columnDefinition = "text")
    private String engine;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "response", nullable = false)
    private String response;

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
