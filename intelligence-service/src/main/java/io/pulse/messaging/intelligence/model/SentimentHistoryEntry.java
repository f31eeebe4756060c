package io.pulse.messaging.intelligence.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.pulse.messaging.common.orm.OwnedEntity;

/** One analysed message: its sentiment and the facts the conversation metrics need. Written by native insert. */
@Entity
@Table(name = "sentiment_history")
public class SentimentHistoryEntry extends OwnedEntity {

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;
    @Column(name = "message_id", nullable = false, updatable = false, columnDefinition = "text")
    private String messageId;
    @Column(name = "sender_id", nullable = false, columnDefinition = "text")
    private String senderId;
    @Column(name = "sender_name", columnDefinition = "text")
    private String senderName;
    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;
    @Column(name = "reply_to", columnDefinition = "text")
    private String replyTo;
    @Column(name = "label", nullable = false, columnDefinition = "text")
    private String label;
    @Column(name = "score", nullable = false)
    private double score;
    @Column(name = "confidence", nullable = false)
    private double confidence;
    @ColumnTransformer(read = "cast(signals as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "signals", nullable = false, columnDefinition = "jsonb")
    private String signals;
    @Column(name = "words", nullable = false)
    private int words;
    @Column(name = "question", nullable = false)
    private boolean question;
    @Column(name = "request", nullable = false)
    private boolean request;
    @Column(name = "acknowledgement", nullable = false)
    private boolean acknowledgement;
    @Column(name = "closing", nullable = false)
    private boolean closing;
    @Column(name = "excerpt", nullable = false, columnDefinition = "text")
    private String excerpt;
    /** The model's reason for the label; null when the local engine labelled the message. */
    @Column(name = "reason", columnDefinition = "text")
    private String reason;
    /** What the model found the message waits for: who should act, by when, a suggested follow-up (each nullable). */
    @Column(name = "follow_up_owner", columnDefinition = "text")
    private String followUpOwner;
    @Column(name = "follow_up_due")
    private LocalDate followUpDue;
    @Column(name = "follow_up_text", columnDefinition = "text")
    private String followUpText;

    public UUID getConversationId() { return conversationId; }
    public String getMessageId() { return messageId; }
    public String getSenderId() { return senderId; }
    public String getSenderName() { return senderName; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public String getReplyTo() { return replyTo; }
    public String getLabel() { return label; }
    public double getScore() { return score; }
    public double getConfidence() { return confidence; }
    public String getSignals() { return signals; }
    public int getWords() { return words; }
    public boolean isQuestion() { return question; }
    public boolean isRequest() { return request; }
    public boolean isAcknowledgement() { return acknowledgement; }
    public boolean isClosing() { return closing; }
    public String getExcerpt() { return excerpt; }
    public String getReason() { return reason; }
    public String getFollowUpOwner() { return followUpOwner; }
    public LocalDate getFollowUpDue() { return followUpDue; }
    public String getFollowUpText() { return followUpText; }
}
