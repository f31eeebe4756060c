package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a template, as written. */
@Schema(description = "One step of your template")
public record TemplateStepRequest(
        @NotBlank @Size(max = 60) @Schema(description = "The step's name, 1 to 60 characters (its key is made from it)",
                example = "What went well") String name,
        @NotBlank @Size(max = 500) @Schema(description = "What participants do in the step, 1 to 500 characters",
                example = "Write down one thing that helped us this sprint.") String prompt,
        @Min(10) @Max(86400) @Schema(description = "Optional time box of the step in seconds (10 to 86400); it times the step "
                + "instead of the session's stepTimerSeconds", nullable = true, example = "300") Integer timeBoxSeconds) {
}
