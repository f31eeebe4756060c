package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /sessions}. */
@Schema(description = "A new session", example = Examples.CREATE_SESSION)
public record CreateSessionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) @Schema(description = "The topic or problem statement") String topic,
        @Schema(description = "A built-in framework; required unless templateId is given (then left out, or custom)",
                nullable = true, enumeration = {"scamper", "six_hats", "free_form", "retrospective", "custom"}) String framework,
        @Valid SessionSettings settings,
        @Schema(description = "One of your templates: the session copies its steps (framework custom); a later edit of the "
                + "template does not change the session", nullable = true) UUID templateId) {

    public CreateSessionRequest(String title, String topic, String framework, SessionSettings settings) {
        this(title, topic, framework, settings, null);
    }
}
