package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A decision of a summary or digest. */
@Schema(name = "Decision", description = "A decision, and whether a later message reverses it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        @Schema(example = "Let's go with December 3 as the launch date.") String text,
        PersonView decidedBy,
        List<UUID> messageIds,
        boolean reversed,
        List<UUID> reversedByMessageIds,
        @Schema(nullable = true) UUID conversationId) {
}
