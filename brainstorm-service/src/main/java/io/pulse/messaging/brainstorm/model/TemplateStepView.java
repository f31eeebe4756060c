package io.pulse.messaging.brainstorm.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a template, as part of {@link TemplateView}. */
@Schema(description = "One step of a template")
public record TemplateStepView(
        @Schema(description = "The step's key in a session made from the template (lower_snake, made from its name)") String key,
        String name,
        @Schema(description = "What participants do in the step") String prompt,
        @Schema(description = "The step's time box in seconds", nullable = true) Integer timeBoxSeconds) {
}
