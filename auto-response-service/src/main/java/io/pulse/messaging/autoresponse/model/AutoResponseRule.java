package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A stored rule ({@code message_auto_responses}); conditions are kept as the API's JSON, compiled on load. */
@Entity
@Table(name = "message_auto_responses")
public class AutoResponseRule extends OwnedEntity {

    public static final String KIND_RULE = "rule";
    public static final String KIND_OUT_OF_OFFICE = "out_of_office";

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "kind", nullable = false, updatable = false, columnDefinition = "text")
    private String kind = KIND_RULE;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "priority", nullable = false)
    private int priority;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conditions", nullable = false)
    private String conditions;

    @Column(name = "response_template", columnDefinition = "text")
    private String responseTemplate;

    @Column(name = "internal_template", columnDefinition = "text")
    private String internalTemplate;

    @Column(name = "personalise", nullable = false)
    private boolean personalise;

    @Column(name = "generated_reply", nullable = false)
    private boolean generatedReply;

    @Column(name = "reply_subject", columnDefinition = "text")
    private String replySubject;

    /** The actions as the API's JSON array; null: reply only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "actions")
    private String actions;

    @Column(name = "tone", nullable = false, columnDefinition = "text")
    private String tone;

    @Column(name = "time_zone", nullable = false, columnDefinition = "text")
    private String timeZone;

    @Column(name = "cooldown_seconds", nullable = false)
    private int cooldownSeconds;

    /** The canned response whose template this rule answers with (response_template holds a copy), or null. */
    @Column(name = "canned_response_id")
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
