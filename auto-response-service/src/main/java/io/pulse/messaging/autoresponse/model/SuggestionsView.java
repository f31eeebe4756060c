package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.MessageKind;

/** Smart replies: what the message is, scored, and short replies. */
@Schema(name = "SuggestionResponse", description = "Short, distinct replies in the message's language, strongest first; none, "
        + "with unavailableReason, for a language the local engine has no phrases for", example = Examples.SUGGESTIONS)
public record SuggestionsView(
        @Schema(nullable = true, description = "What the message mainly asks: question, request, reschedule, scheduling, complaint, "
                + "refund, thanks, information, urgent, greeting or apology; null when no suggestion is available") MessageKind kind,
        @Schema(description = "Every kind found, strongest first, each with its score (0..1); empty when no suggestion is available")
        List<KindScore> kinds,
        @Schema(description = "One to five replies (three from the local engine), strongest first; empty when unavailableReason is set")
        List<Suggestion> suggestions,
        @Schema(description = "The message's language as detected (ISO 639-1 such as en, de, ja; und-<script> for a script of several "
                + "languages); the replies are in it", example = "en") String language,
        @Schema(nullable = true, description = "Why there are no suggestions: language-not-supported (the local engine writes English, "
                + "German, French and Spanish); null otherwise") String unavailableReason,
        @Schema(description = "What wrote them: llm:<model>, local, or local-fallback (the model's answer could not be used)")
        String engine,
        @Schema(nullable = true, description = "Why the engine is local-fallback: timeout, rate-limited, invalid-output, unavailable, "
                + "circuit-open or over-budget; null otherwise")
        String fallbackReason,
        @Schema(description = "The user's canned responses that fit the message (keywords shared with its name, tags and text, or a tag "
                + "naming the message's kind), best first, at most three, each with why; empty when none fits")
        List<CannedSuggestion> cannedResponses) {

    public SuggestionsView(MessageKind kind, List<KindScore> kinds, List<Suggestion> suggestions, String language, String unavailableReason,
                           String engine, String fallbackReason) {
        this(kind, kinds, suggestions, language, unavailableReason, engine, fallbackReason, List.of());
    }

    public SuggestionsView withCanned(List<CannedSuggestion> canned) {
        return new SuggestionsView(kind, kinds, suggestions, language, unavailableReason, engine, fallbackReason, canned);
    }

    @Schema(description = "A canned response offered for the message")
    public record CannedSuggestion(java.util.UUID id, String name, @Schema(description = "Its template, as saved") String template,
                                   double score, @Schema(description = "Why it fits, in words") String reason) {
    }

    public record KindScore(MessageKind kind, double score) {
    }

    public record Suggestion(String text, MessageKind kind, double confidence) {
    }
}
