package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The latest insight of one conversation of one user, a row of {@code conversation_intelligence} (the JSON columns hold
 * the serialised answer, as text): read and written by {@code ConversationIntelligenceRepository} on the SQL client.
 */
public class ConversationIntelligence {

    private UUID id;

    private UUID conversationId;

    private OffsetDateTime updatedAt;

    private String engine;

    /** Why the local engine analysed although a model is configured ({@code engine} is then local-fallback); else null. */
    private String fallbackReason;

    private int messageCount;

    private OffsetDateTime lastMessageAt;

    private String sentimentLabel;

    private double sentimentScore;

    private double sentimentConfidence;

    private double engagementScore;

    private String engagementTrend;

    private int unansweredQuestions;

    private OffsetDateTime oldestUnansweredAt;

    private String insight;

    private String recentSentiment;

    /** Moves on by one with each stored analysis: an analysis stores its insight only over the revision it read. */
    private long revision;

    /** What the client calls the conversation, and where it takes place (at analysis time; the latest given wins). */
    private String title;

    private String channel;

    private String sentimentTrend = "insufficient_data";

    private double sentimentDelta;

    /** The insight's follow-ups neither done nor dismissed, and since when the oldest of them waits. */
    private int openFollowUps;

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

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }

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
