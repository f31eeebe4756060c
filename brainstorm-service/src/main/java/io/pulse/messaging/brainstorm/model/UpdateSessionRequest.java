package io.pulse.messaging.brainstorm.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /sessions/{id}}. */
@Schema(description = "Changes to a session; omitted fields stay as they are", example = Examples.UPDATE_SESSION)
public record UpdateSessionRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String topic,
        @Schema(enumeration = {"active", "closed", "archived"}) String status,
        @Schema(description = "A step of the session's framework") String currentStep,
        @Valid SessionSettings settings) {
}
