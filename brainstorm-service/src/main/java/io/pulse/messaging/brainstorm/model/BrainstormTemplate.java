package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A user's own session template: named, ordered steps, each with a prompt and an optional time box. Private to its owner. */
@Entity
@Table(name = "brainstorm_templates")
public class BrainstormTemplate extends OwnedEntity {

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;

    @Column(name = "description", nullable = false, columnDefinition = "text")
    private String description;

    /** JSON object {@code {"steps": [{key, title, question, timeBoxSeconds}]}}, the shape a custom session keeps. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "steps", nullable = false)
    private String steps;

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }
}
