package io.pulse.messaging.autoresponse.model;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.MessageKind;

/** Smart reply suggestions. */
public final class SuggestionModels {

    private SuggestionModels() {
    }

    @Schema(name = "SuggestionRequest", description = "The incoming message to suggest replies for", example = "{\"content\": \"Are you free for a call on Tuesday at 3pm?\", \"senderName\": \"Anna Müller\"}")
    public record Request(
            @NotNull @Size(min = 1, max = EvaluationInput.MAX_CONTENT) String content,
            @Size(max = 200) String senderName) {
    }

    @Schema(name = "SuggestionResponse", description = "Three short, distinct replies, strongest first", example = """
            {"kind": "scheduling", "kinds": [{"kind": "scheduling", "score": 0.62}, {"kind": "question", "score": 0.38}],
             "suggestions": [{"text": "Tuesday at 3pm works for me.", "kind": "scheduling", "confidence": 0.62},
                             {"text": "Sorry, Tuesday at 3pm doesn't work for me. Could we find another time?", "kind": "scheduling", "confidence": 0.55},
                             {"text": "Good question, Anna, let me check and get back to you.", "kind": "question", "confidence": 0.38}],
             "engine": "local"}""")
    public record Response(MessageKind kind, List<KindScore> kinds, List<Suggestion> suggestions, String engine) {
    }

    public record KindScore(MessageKind kind, double score) {
    }

    public record Suggestion(String text, MessageKind kind, double confidence) {
    }
}
