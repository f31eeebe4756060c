package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /sessions/{id}/ideas/{ideaId}}. */
@Schema(description = "Changes to an idea; omitted fields stay as they are", example = Examples.IDEA)
public record UpdateIdeaRequest(
        @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text,
        String step,
        @Size(max = 4000) String details) {
}
