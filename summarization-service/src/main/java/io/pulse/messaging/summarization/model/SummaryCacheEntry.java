package io.pulse.messaging.summarization.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.ownership.OwnedEntity;

/** A cache entry: the summary computed for one content key, served again for 10 minutes. */
@Entity
@Table(name = "summary_cache")
public class SummaryCacheEntry extends OwnedEntity {

    @Column(name = "cache_key", nullable = false, updatable = false, columnDefinition = "text")
    private String cacheKey;

    @Column(name = "summary_id", nullable = false, updatable = false)
    private UUID summaryId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    public String getCacheKey() {
        return cacheKey;
    }

    public void setCacheKey(String cacheKey) {
        this.cacheKey = cacheKey;
    }

    public UUID getSummaryId() {
        return summaryId;
    }

    public void setSummaryId(UUID summaryId) {
        this.summaryId = summaryId;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(OffsetDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }
}
