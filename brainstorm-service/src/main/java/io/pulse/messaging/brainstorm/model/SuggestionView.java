package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One suggested idea, with what of the session it builds on. */
public record SuggestionView(String text, String step, String rationale,
        @Schema(description = "The phrases of the topic and ideas the local engine built it from; empty when a model wrote it")
        List<String> basedOn,
        @Schema(description = "The ids of the session's ideas it builds on (every one an idea of this session)")
        List<UUID> basedOnIdeas) {
}
