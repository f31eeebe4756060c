package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A custom topic a user saved: looked for in every later analysis of the user's conversations. */
@Entity
@Table(name = "saved_topic")
public class SavedTopic extends OwnedEntity {

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;
    @Column(name = "description", nullable = false, columnDefinition = "text")
    private String description;
    /** A JSON array of strings. */
    @ColumnTransformer(read = "cast(keywords as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "keywords", nullable = false, columnDefinition = "jsonb")
    private String keywords;
    /** A JSON array of strings. */
    @ColumnTransformer(read = "cast(examples as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "examples", nullable = false, columnDefinition = "jsonb")
    private String examples;

    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getExamples() { return examples; }
    public void setExamples(String examples) { this.examples = examples; }
}
