package io.pulse.messaging.brainstorm.engine;

import java.util.List;

/**
 * Proposes ideas for one step of a framework. The local engine builds them from the step's operators and the key
 * phrases of the topic and of the ideas so far; an LLM engine can implement the same contract later.
 */
public interface SuggestionEngine {

    /** The engine's name as the API reports it ({@code local}, ...). */
    String name();

    /** Up to {@code request.count()} suggestions, none of which repeats an existing idea. Deterministic for the local engine. */
    List<Suggestion> suggest(SuggestionRequest request);

    /** What to suggest for: the framework step, the session topic, and the texts of the ideas already there. */
    record SuggestionRequest(Framework framework, Framework.Step step, String topic, List<ExistingIdea> ideas, int count) {
    }

    /** An idea already in the session, and the step it belongs to. */
    record ExistingIdea(String text, String step) {
    }

    /** One proposed idea, with the phrases it was built from. */
    record Suggestion(String text, String step, String rationale, List<String> basedOn) {
    }
}
