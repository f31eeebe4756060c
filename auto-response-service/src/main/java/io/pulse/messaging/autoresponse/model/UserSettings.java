package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A user's auto-reply settings ({@code message_auto_response_settings}, one row per user): their own domains. */
@Entity
@Table(name = "message_auto_response_settings")
public class UserSettings extends OwnedEntity {

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** A JSON array of lower-case domain names. */
    @Column(name = "internal_domains", nullable = false, columnDefinition = "text")
    private String internalDomains = "[]";

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getInternalDomains() { return internalDomains; }
    public void setInternalDomains(String internalDomains) { this.internalDomains = internalDomains; }
}
