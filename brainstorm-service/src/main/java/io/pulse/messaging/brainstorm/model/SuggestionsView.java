package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a suggestion request, fresh or from the cache (24 hours by default). */
@Schema(description = "Suggested ideas, from the cache when the same question was answered in the last 24 hours", example = Examples.SUGGESTIONS_VIEW)
public record SuggestionsView(String step,
        @Schema(description = "What wrote the suggestions: llm:<model>, local, or local-fallback when the model gave no usable answer",
                example = "llm:gpt-4o-mini")
        String engine,
        @Schema(description = "Why the local engine answered although a model is configured (timeout, rate-limited, invalid-output, "
                + "unavailable, circuit-open, over-budget); null unless engine is local-fallback. Such answers are not cached.",
                nullable = true)
        String fallbackReason,
        boolean cached,
        OffsetDateTime generatedAt,
        @Schema(description = "When the cached answer expires; null for an answer that was not cached (a fallback)", nullable = true)
        OffsetDateTime expiresAt,
        @Schema(description = "How many of the session's earliest ideas the model was not shown, for lack of room in its input; 0 "
                + "when it saw them all (the local engine always does)")
        int ideasLeftOut,
        List<SuggestionView> suggestions,
        @Schema(description = "Why there are no suggestions for this step (a retrospective's group and vote phases sort and rank "
                + "what is there; the local engine has no technique for a step of your own template); null otherwise",
                nullable = true)
        String noSuggestionsReason) {

    public SuggestionsView(String step, String engine, String fallbackReason, boolean cached, OffsetDateTime generatedAt,
            OffsetDateTime expiresAt, int ideasLeftOut, List<SuggestionView> suggestions) {
        this(step, engine, fallbackReason, cached, generatedAt, expiresAt, ideasLeftOut, suggestions, null);
    }
}
