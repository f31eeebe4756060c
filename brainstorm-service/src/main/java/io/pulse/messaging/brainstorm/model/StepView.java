package io.pulse.messaging.brainstorm.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a session's framework, as part of {@link SessionView}. */
@Schema(description = "One step of the session's framework with its idea count")
public record StepView(String key, String title, String question, int position, long ideaCount,
        @Schema(description = "True when the step has no idea yet") boolean empty,
        boolean current,
        @Schema(description = "The step's own time box in seconds (a template's step); when set it times the step instead of "
                + "the session's stepTimerSeconds", nullable = true) Integer timeBoxSeconds) {
}
