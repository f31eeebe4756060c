package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

/** One audit log row ({@code message_auto_response_log}): a reply sent, or one suppressed and why. */
public class AutoResponseLogEntry extends OwnedRow {

    private UUID ruleId;
    private UUID conversationId;
    private UUID messageId;
    private UUID senderId;
    private String senderEmail;
    private String senderKey;
    private String channel;
    private String status;
    private String reason;
    private String responseText;
    private boolean personalised;
    private String engine;
    private String fallbackReason;
    private String replySubject;
    /** JSON: {"tags": [...], "notifiedRuleIds": [...]}, {} for none. */
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
