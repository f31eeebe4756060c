package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of {@code POST /sessions/{id}/template}. */
@Schema(description = "The new template's name and description; by default the session's title and topic",
        example = Examples.SAVE_AS_TEMPLATE)
public record SaveAsTemplateRequest(
        @Size(min = 1, max = 80) @Schema(description = "1 to 80 characters; the session's title when left out", nullable = true) String name,
        @Size(max = 1000) @Schema(description = "Up to 1000 characters; the session's topic when left out", nullable = true) String description) {
}
