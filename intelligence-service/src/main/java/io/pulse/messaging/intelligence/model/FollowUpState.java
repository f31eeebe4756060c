package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.orm.OwnedEntity;

/**
 * The status the user gave one follow-up of a conversation (open, done or dismissed). Its id is the follow-up's own
 * ({@code service/FollowUpIds}), so the status holds for the same follow-up found again by later analyses.
 */
@Entity
@Table(name = "follow_up_state")
public class FollowUpState extends OwnedEntity {

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;

    @Column(name = "message_id", nullable = false, updatable = false, columnDefinition = "text")
    private String messageId;

    @Column(name = "type", nullable = false, updatable = false, columnDefinition = "text")
    private String type;

    @Column(name = "status", nullable = false, columnDefinition = "text")
    private String status;

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public UUID getConversationId() { return conversationId; }
    public void setConversationId(UUID conversationId) { this.conversationId = conversationId; }
    public String getMessageId() { return messageId; }
    public void setMessageId(String messageId) { this.messageId = messageId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
