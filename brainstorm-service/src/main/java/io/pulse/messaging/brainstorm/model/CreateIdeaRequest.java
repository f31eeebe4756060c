package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions/{id}/ideas}. */
@Schema(description = "A new idea; the step defaults to the session's current step", example = Examples.IDEA)
public record CreateIdeaRequest(
        @NotBlank @Size(max = 500) String text,
        @Schema(description = "A step of the session's framework", nullable = true) String step,
        @Size(max = 4000) String details) {
}
