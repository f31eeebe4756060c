package io.pulse.messaging.autoresponse.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message to suggest short replies for; nothing is stored. */
@Schema(name = "SuggestionRequest", description = "The incoming message to suggest replies for",
        example = Examples.SUGGESTION_REQUEST)
public record SuggestionRequest(
        @NotNull @Size(min = 1, max = EvaluationInput.MAX_CONTENT) String content,
        @Size(max = 200) String senderName) {
}
