package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.orm.OwnedEntity;

/** One audit log row ({@code message_auto_response_log}): a reply sent, or one suppressed and why. */
@Entity
@Table(name = "message_auto_response_log")
public class AutoResponseLogEntry extends OwnedEntity {

    @Column(name = "rule_id", updatable = false)
    private UUID ruleId;
    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;
    @Column(name = "message_id", nullable = false, updatable = false)
    private UUID messageId;
    @Column(name = "sender_id", updatable = false)
    private UUID senderId;
    @Column(name = "sender_email", updatable = false, columnDefinition = "text")
    private String senderEmail;
    @Column(name = "sender_key", nullable = false, updatable = false, columnDefinition = "text")
    private String senderKey;
    @Column(name = "channel", updatable = false, columnDefinition = "text")
    private String channel;
    @Column(name = "status", nullable = false, updatable = false, columnDefinition = "text")
    private String status;
    @Column(name = "reason", updatable = false, columnDefinition = "text")
    private String reason;
    @Column(name = "response_text", updatable = false, columnDefinition = "text")
    private String responseText;
    @Column(name = "personalised", nullable = false, updatable = false)
    private boolean personalised;
    @Column(name = "engine", updatable = false, columnDefinition = "text")
    private String engine;
    @Column(name = "fallback_reason", updatable = false, columnDefinition = "text")
    private String fallbackReason;
    @Column(name = "reply_subject", updatable = false, columnDefinition = "text")
    private String replySubject;
    /** JSON: {"tags": [...], "notifiedRuleIds": [...]}, {} for none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "effects", updatable = false)
    private String effects;

    public UUID getRuleId() { return ruleId; }
    public void setRuleId(UUID ruleId) { this.ruleId = ruleId; }
    public UUID getConversationId() { return conversationId; }
    public void setConversationId(UUID conversationId) { this.conversationId = conversationId; }
    public UUID getMessageId() { return messageId; }
    public void setMessageId(UUID messageId) { this.messageId = messageId; }
    public UUID getSenderId() { return senderId; }
    public void setSenderId(UUID senderId) { this.senderId = senderId; }
    public String getSenderEmail() { return senderEmail; }
    public void setSenderEmail(String senderEmail) { this.senderEmail = senderEmail; }
    public String getSenderKey() { return senderKey; }
    public void setSenderKey(String senderKey) { this.senderKey = senderKey; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResponseText() { return responseText; }
    public void setResponseText(String responseText) { this.responseText = responseText; }
    public boolean isPersonalised() { return personalised; }
    public void setPersonalised(boolean personalised) { this.personalised = personalised; }
    public String getEngine() { return engine; }
    public void setEngine(String engine) { this.engine = engine; }
    public String getReplySubject() { return replySubject; }
    public void setReplySubject(String replySubject) { this.replySubject = replySubject; }
    public String getFallbackReason() { return fallbackReason; }
    public void setFallbackReason(String fallbackReason) { this.fallbackReason = fallbackReason; }
    public String getEffects() { return effects; }
    public void setEffects(String effects) { this.effects = effects; }
}
