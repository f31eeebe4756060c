package io.pulse.messaging.autoresponse.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.Tone;

/** A message to suggest short replies for; nothing is stored. */
@Schema(name = "SuggestionRequest", description = "The incoming message to suggest replies for",
        example = Examples.SUGGESTION_REQUEST)
public record SuggestionRequest(
        @NotNull @Size(min = 1, max = EvaluationInput.MAX_CONTENT) String content,
        @Size(max = 200) String senderName,
        @Schema(description = "The register of the replies (the language model's; the local engine's replies are short and neutral)",
                defaultValue = "friendly") Tone tone) {
}
