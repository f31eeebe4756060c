package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.pulse.messaging.common.orm.OwnedEntity;

/** The latest insight of one conversation of one user (JSON columns hold the serialised answer). */
@Entity
@Table(name = "conversation_intelligence")
public class ConversationIntelligence extends OwnedEntity {

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "engine", nullable = false, columnDefinition = "text")
    private String engine;

    /** Why the local engine analysed although a model is configured ({@code engine} is then local-fallback); else null. */
    @Column(name = "fallback_reason", columnDefinition = "text")
    private String fallbackReason;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "last_message_at")
    private OffsetDateTime lastMessageAt;

    @Column(name = "sentiment_label", nullable = false, columnDefinition = "text")
    private String sentimentLabel;

    @Column(name = "sentiment_score", nullable = false)
    private double sentimentScore;

    @Column(name = "sentiment_confidence", nullable = false)
    private double sentimentConfidence;

    @Column(name = "engagement_score", nullable = false)
    private double engagementScore;

    @Column(name = "engagement_trend", nullable = false, columnDefinition = "text")
    private String engagementTrend;

    @Column(name = "unanswered_questions", nullable = false)
    private int unansweredQuestions;

    @Column(name = "oldest_unanswered_at")
    private OffsetDateTime oldestUnansweredAt;

    @ColumnTransformer(read = "cast(insight as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "insight", nullable = false, columnDefinition = "jsonb")
    private String insight;

    @ColumnTransformer(read = "cast(recent_sentiment as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "recent_sentiment", nullable = false, columnDefinition = "jsonb")
    private String recentSentiment;

    /** Moves on by one with each stored analysis: an analysis stores its insight only over the revision it read. */
    @Column(name = "revision", nullable = false)
    private long revision;

    /** What the client calls the conversation, and where it takes place (at analysis time; the latest given wins). */
    @Column(name = "title", columnDefinition = "text")
    private String title;

    @Column(name = "channel", columnDefinition = "text")
    private String channel;

    @Column(name = "sentiment_trend", nullable = false, columnDefinition = "text")
    private String sentimentTrend = "insufficient_data";

    @Column(name = "sentiment_delta", nullable = false)
    private double sentimentDelta;

    /** The insight's follow-ups neither done nor dismissed, and since when the oldest of them waits. */
    @Column(name = "open_follow_ups", nullable = false)
    private int openFollowUps;

    @Column(name = "oldest_open_follow_up_at")
    private OffsetDateTime oldestOpenFollowUpAt;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSentimentTrend() { return sentimentTrend; }
    public void setSentimentTrend(String sentimentTrend) { this.sentimentTrend = sentimentTrend; }
    public double getSentimentDelta() { return sentimentDelta; }
    public void setSentimentDelta(double sentimentDelta) { this.sentimentDelta = sentimentDelta; }
    public int getOpenFollowUps() { return openFollowUps; }
    public void setOpenFollowUps(int openFollowUps) { this.openFollowUps = openFollowUps; }
    public OffsetDateTime getOldestOpenFollowUpAt() { return oldestOpenFollowUpAt; }
    public void setOldestOpenFollowUpAt(OffsetDateTime oldestOpenFollowUpAt) { this.oldestOpenFollowUpAt = oldestOpenFollowUpAt; }

    public long getRevision() { return revision; }
    public void setRevision(long revision) { this.revision = revision; }

    public UUID getConversationId() { return conversationId; }
    public void setConversationId(UUID conversationId) { this.conversationId = conversationId; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getEngine() { return engine; }
    public void setEngine(String engine) { this.engine = engine; }
    public String getFallbackReason() { return fallbackReason; }
    public void setFallbackReason(String fallbackReason) { this.fallbackReason = fallbackReason; }
    public int getMessageCount() { return messageCount; }
    public void setMessageCount(int messageCount) { this.messageCount = messageCount; }
    public OffsetDateTime getLastMessageAt() { return lastMessageAt; }
    public void setLastMessageAt(OffsetDateTime lastMessageAt) { this.lastMessageAt = lastMessageAt; }
    public String getSentimentLabel() { return sentimentLabel; }
    public void setSentimentLabel(String sentimentLabel) { this.sentimentLabel = sentimentLabel; }
    public double getSentimentScore() { return sentimentScore; }
    public void setSentimentScore(double sentimentScore) { this.sentimentScore = sentimentScore; }
    public double getSentimentConfidence() { return sentimentConfidence; }
    public void setSentimentConfidence(double sentimentConfidence) { this.sentimentConfidence = sentimentConfidence; }
    public double getEngagementScore() { return engagementScore; }
    public void setEngagementScore(double engagementScore) { this.engagementScore = engagementScore; }
    public String getEngagementTrend() { return engagementTrend; }
    public void setEngagementTrend(String engagementTrend) { this.engagementTrend = engagementTrend; }
    public int getUnansweredQuestions() { return unansweredQuestions; }
    public void setUnansweredQuestions(int unansweredQuestions) { this.unansweredQuestions = unansweredQuestions; }
    public OffsetDateTime getOldestUnansweredAt() { return oldestUnansweredAt; }
    public void setOldestUnansweredAt(OffsetDateTime oldestUnansweredAt) { this.oldestUnansweredAt = oldestUnansweredAt; }
    public String getInsight() { return insight; }
    public void setInsight(String insight) { this.insight = insight; }
    public String getRecentSentiment() { return recentSentiment; }
    public void setRecentSentiment(String recentSentiment) { this.recentSentiment = recentSentiment; }
}
