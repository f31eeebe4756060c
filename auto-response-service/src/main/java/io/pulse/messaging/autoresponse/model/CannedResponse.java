package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A saved reply of the user ({@code message_auto_response_canned_responses}): a template rules may reference. */
@Entity
@Table(name = "message_auto_response_canned_responses")
public class CannedResponse extends OwnedEntity {

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;

    @Column(name = "template", nullable = false, columnDefinition = "text")
    private String template;

    /** A JSON array of tags. */
    @Column(name = "tags", nullable = false, columnDefinition = "text")
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
