package io.pulse.messaging.brainstorm.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a session's framework, as part of {@link SessionView}. */
@Schema(description = "One step of the session's framework with its idea count")
public record StepView(String key, String title, String question, int position, long ideaCount,
        @Schema(description = "True when the step has no idea yet") boolean empty,
        boolean current) {
}
