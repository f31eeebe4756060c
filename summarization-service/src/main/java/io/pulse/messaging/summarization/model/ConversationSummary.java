package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.ownership.OwnedEntity;

/** A stored summary or daily digest of one user; it expires 30 days after creation. */
@Entity
@Table(name = "conversation_summaries")
public class ConversationSummary extends OwnedEntity {

    @Column(name = "conversation_id", updatable = false)
    private UUID conversationId;

    @Convert(converter = SummaryTypeConverter.class)
    @Column(name = "summary_type", nullable = false, updatable = false, columnDefinition = "text")
    private SummaryType type;

    @Column(name = "summary_date", updatable = false)
    private LocalDate date;

    @Column(name = "time_zone", nullable = false, updatable = false, columnDefinition = "text")
    private String timeZone;

    @Column(name = "engine", nullable = false, updatable = false, columnDefinition = "text")
    private String engine;

    /** Why the local engine answered although a model is configured ({@code engine} local-fallback); else null. */
    @Column(name = "fallback_reason", updatable = false, columnDefinition = "text")
    private String fallbackReason;

    @Column(name = "summary_text", nullable = false, updatable = false, columnDefinition = "text")
    private String summaryText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", nullable = false, updatable = false)
    private SummaryContent content;

    @Column(name = "message_count", nullable = false, updatable = false)
    private int messageCount;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    public UUID getConversationId() {
        return conversationId;
    }

    public void setConversationId(UUID conversationId) {
        this.conversationId = conversationId;
    }

    public SummaryType getType() {
        return type;
    }

    public void setType(SummaryType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }

    public String getFallbackReason() {
        return fallbackReason;
    }

    public void setFallbackReason(String fallbackReason) {
        this.fallbackReason = fallbackReason;
    }

    public String getSummaryText() {
        return summaryText;
    }

    public void setSummaryText(String summaryText) {
        this.summaryText = summaryText;
    }

    public SummaryContent getContent() {
        return content;
    }

    public void setContent(SummaryContent content) {
        this.content = content;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(int messageCount) {
        this.messageCount = messageCount;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(OffsetDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }
}
