package io.pulse.messaging.autoresponse.engine;

import java.util.List;

/** Short reply suggestions for one incoming message. Deterministic for the same input. */
public interface SuggestionEngine {

    record Suggestion(String text, MessageKind kind, double confidence) {
    }

    /** The kinds the message was classified as, strongest first, with their scores (0..1). */
    record Classification(MessageKind kind, double score) {
    }

    record Result(List<Classification> kinds, List<Suggestion> suggestions, String engine) {
    }

    Result suggest(String content, String senderFirstName);
}
