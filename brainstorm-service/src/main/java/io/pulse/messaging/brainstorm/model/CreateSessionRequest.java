package io.pulse.messaging.brainstorm.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions}. */
@Schema(description = "A new session", example = Examples.CREATE_SESSION)
public record CreateSessionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) @Schema(description = "The topic or problem statement") String topic,
        @NotNull @Schema(enumeration = {"scamper", "six_hats", "free_form"}) String framework,
        @Valid SessionSettings settings) {
}
