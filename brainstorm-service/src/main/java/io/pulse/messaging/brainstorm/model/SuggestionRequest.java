package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions/{id}/suggestions}; may be empty. */
@Schema(description = "What to suggest ideas for", example = Examples.SUGGESTIONS)
public record SuggestionRequest(
        @Schema(description = "A step of the session's framework; defaults to the current step", nullable = true) String step,
        @Min(1) @Max(20) @Schema(description = "How many suggestions, 1 to 20 (default 5)") Integer count) {
}
