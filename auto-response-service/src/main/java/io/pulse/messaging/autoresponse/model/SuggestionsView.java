package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.MessageKind;

/** Smart replies: what the message is, scored, and three short replies. */
@Schema(name = "SuggestionResponse", description = "Three short, distinct replies, strongest first", example = Examples.SUGGESTIONS)
public record SuggestionsView(MessageKind kind, List<KindScore> kinds, List<Suggestion> suggestions, String engine) {

    public record KindScore(MessageKind kind, double score) {
    }

    public record Suggestion(String text, MessageKind kind, double confidence) {
    }
}
