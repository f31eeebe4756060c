package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.MessageKind;

/** Smart replies: what the message is, scored, and short replies. */
@Schema(name = "SuggestionResponse", description = "Short, distinct replies, strongest first", example = Examples.SUGGESTIONS)
public record SuggestionsView(
        @Schema(description = "What the message mainly is") MessageKind kind,
        @Schema(description = "Every kind found, strongest first, each with its score (0..1)") List<KindScore> kinds,
        @Schema(description = "One to five replies (three from the local engine), strongest first") List<Suggestion> suggestions,
        @Schema(description = "What wrote them: llm:<model>, local, or local-fallback (the model's answer could not be used)")
        String engine,
        @Schema(nullable = true, description = "Why the engine is local-fallback: timeout, rate-limited, invalid-output, unavailable, "
                + "circuit-open or over-budget; null otherwise")
        String fallbackReason) {

    public record KindScore(MessageKind kind, double score) {
    }

    public record Suggestion(String text, MessageKind kind, double confidence) {
    }
}
