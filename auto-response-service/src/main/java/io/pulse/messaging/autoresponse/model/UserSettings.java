package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

/** A user's auto-reply settings ({@code message_auto_response_settings}, one row per user): their own domains. */
public class UserSettings extends OwnedRow {

    private OffsetDateTime updatedAt;

    /** A JSON array of lower-case domain names. */
    private String internalDomains = "[]";

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getInternalDomains() { return internalDomains; }
    public void setInternalDomains(String internalDomains) { this.internalDomains = internalDomains; }
}
