package io.pulse.messaging.brainstorm.engine;

import java.util.List;
import java.util.UUID;

/**
 * Proposes ideas for one step of a framework. The local engine writes them from the step's techniques, quoting the
 * ideas so far and naming the things of the topic and the ideas. The model's suggestions (SuggestionTask) come in
 * the same shape.
 */
public interface SuggestionEngine {

    /** The engine's name as the API reports it ({@code local}, ...). */
    String name();

    /** Up to {@code request.count()} suggestions, none of which repeats an existing idea. Deterministic for the local engine. */
    List<Suggestion> suggest(SuggestionRequest request);

    /** What to suggest for: the framework step, the session topic, and the texts of the ideas already there. */
    record SuggestionRequest(Framework framework, Framework.Step step, String topic, List<ExistingIdea> ideas, int count) {
    }

    /** An idea already in the session (its id, null for ideas not stored yet), and the step it belongs to. */
    record ExistingIdea(UUID id, String text, String step) {

        public ExistingIdea(String text, String step) {
            this(null, text, step);
        }
    }

    /**
     * One proposed idea, with the phrases it was built from ({@code basedOn}, empty when a model wrote it) and the ids
     * of the session's ideas it builds on ({@code basedOnIdeas}).
     */
    record Suggestion(String text, String step, String rationale, List<String> basedOn, List<UUID> basedOnIdeas) {

        public Suggestion(String text, String step, String rationale, List<String> basedOn) {
            this(text, step, rationale, basedOn, List.of());
        }
    }
}
