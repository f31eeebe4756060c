package io.pulse.messaging.autoresponse.engine;

import java.util.List;

/** Short reply suggestions for one incoming message. Deterministic for the same input. */
public interface SuggestionEngine {

    /** Why there are no suggestions: the message is in a language the engine has no phrases for. */
    String LANGUAGE_NOT_SUPPORTED = "language-not-supported";

    record Suggestion(String text, MessageKind kind, double confidence) {
    }

    /** The kinds the message was classified as, strongest first, with their scores (0..1). */
    record Classification(MessageKind kind, double score) {
    }

    /**
     * @param language          the message's language (ISO 639-1 when known, else a BCP 47 tag such as {@code und-Cyrl})
     * @param unavailableReason why the suggestions are empty ({@link #LANGUAGE_NOT_SUPPORTED}), else null
     */
    record Result(List<Classification> kinds, List<Suggestion> suggestions, String engine, String language,
                  String unavailableReason) {

        public Result(List<Classification> kinds, List<Suggestion> suggestions, String engine, String language) {
            this(kinds, suggestions, engine, language, null);
        }
    }

    Result suggest(String content, String senderFirstName);
}
