package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;

/** A user's own session template: named, ordered steps, each with a prompt and an optional time box. Private to its owner. */
public class BrainstormTemplate extends AuthoredRow {

    private OffsetDateTime updatedAt;

    private String name;

    private String description;

    /** JSON object {@code {"steps": [{key, title, question, timeBoxSeconds}]}}, the shape a custom session keeps. */
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
