package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.pulse.messaging.common.orm.OwnedEntity;

/** One topic detected in one message. Written by native insert. */
@Entity
@Table(name = "topic_detection_history")
public class TopicDetectionEntry extends OwnedEntity {

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;
    @Column(name = "message_id", nullable = false, updatable = false, columnDefinition = "text")
    private String messageId;
    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;
    @Column(name = "topic", nullable = false, columnDefinition = "text")
    private String topic;
    @Column(name = "source", nullable = false, columnDefinition = "text")
    private String source;
    @Column(name = "confidence", nullable = false)
    private double confidence;
    @ColumnTransformer(read = "cast(keywords as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "keywords", nullable = false, columnDefinition = "jsonb")
    private String keywords;

    public UUID getConversationId() { return conversationId; }
    public String getMessageId() { return messageId; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public String getTopic() { return topic; }
    public String getSource() { return source; }
    public double getConfidence() { return confidence; }
    public String getKeywords() { return keywords; }
}
