package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

/** A stored rule ({@code message_auto_responses}); conditions are kept as the API's JSON, compiled on load. */
public class AutoResponseRule extends OwnedRow {

    public static final String KIND_RULE = "rule";
    public static final String KIND_OUT_OF_OFFICE = "out_of_office";

    private OffsetDateTime updatedAt;

    private String kind = KIND_RULE;

    private String name;

    private boolean enabled = true;

    private int priority;

    private String conditions;

    private String responseTemplate;

    private String internalTemplate;

    private boolean personalise;

    private boolean generatedReply;

    private String replySubject;

    /** The actions as the API's JSON array; null: reply only. */
    private String actions;

    private String tone;

    private String timeZone;

    private int cooldownSeconds;

    /** The canned response whose template this rule answers with (response_template holds a copy), or null. */
    private java.util.UUID cannedResponseId;

    public java.util.UUID getCannedResponseId() { return cannedResponseId; }
    public void setCannedResponseId(java.util.UUID cannedResponseId) { this.cannedResponseId = cannedResponseId; }

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getResponseTemplate() { return responseTemplate; }
    public void setResponseTemplate(String responseTemplate) { this.responseTemplate = responseTemplate; }
    public String getInternalTemplate() { return internalTemplate; }
    public void setInternalTemplate(String internalTemplate) { this.internalTemplate = internalTemplate; }
    public boolean isPersonalise() { return personalise; }
    public void setPersonalise(boolean personalise) { this.personalise = personalise; }
    public String getReplySubject() { return replySubject; }
    public void setReplySubject(String replySubject) { this.replySubject = replySubject; }
    public boolean isGeneratedReply() { return generatedReply; }
    public void setGeneratedReply(boolean generatedReply) { this.generatedReply = generatedReply; }
    public String getActions() { return actions; }
    public void setActions(String actions) { this.actions = actions; }
    public String getTone() { return tone; }
    public void setTone(String tone) { this.tone = tone; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public int getCooldownSeconds() { return cooldownSeconds; }
    public void setCooldownSeconds(int cooldownSeconds) { this.cooldownSeconds = cooldownSeconds; }
}
