package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

/** A saved reply of the user ({@code message_auto_response_canned_responses}): a template rules may reference. */
public class CannedResponse extends OwnedRow {

    private OffsetDateTime updatedAt;

    private String name;

    private String template;

    /** A JSON array of tags. */
    private String tags = "[]";

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
}
