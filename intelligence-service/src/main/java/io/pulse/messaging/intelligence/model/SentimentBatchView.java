package io.pulse.messaging.intelligence.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.SentimentResult;
import io.pulse.messaging.intelligence.engine.SentimentSignal;
import io.pulse.messaging.intelligence.engine.llm.ModelSentiment;

@Schema(name = "SentimentBatchResponse", description = "One result per text, in the order given, and the engine that produced them.",
        example = Examples.SENTIMENT_BATCH_RESPONSE)
public record SentimentBatchView(
        @Schema(description = "llm:<model> when the model answered (texts it was not given, beyond its token budget, or "
                + "whose answer failed validation got the local engine's result, without a reason), local when no model "
                + "is configured, local-fallback when the model gave no usable answer", example = "local") String engine,
        @Schema(nullable = true, description = "Why the local engine answered although a model is configured (only with "
                + "engine local-fallback)", enumeration = {"timeout", "rate-limited", "invalid-output", "unavailable",
                        "circuit-open", "over-budget"}) String fallbackReason,
        List<Result> results) {

    /** One text's sentiment. */
    @Schema(name = "SentimentResult")
    public record Result(
            SentimentLabel label,
            @Schema(description = "From -1 to 1") double score,
            @Schema(description = "How sure the label is, from 0 to 1") double confidence,
            @Schema(nullable = true, description = "Share of the text's sentiment that is positive (local engine only)") Double positive,
            @Schema(nullable = true, description = "Share that is negative (local engine only)") Double negative,
            @Schema(nullable = true, description = "Share that is neutral (local engine only)") Double neutral,
            @Schema(description = "What drove the score, strongest first (the model's reason as kind model)") List<SentimentSignal> signals,
            @Schema(nullable = true, description = "Why the model gave this sentiment, in a few words; null when the local "
                    + "engine scored the text", example = "sarcasm") String reason) {

        public static Result local(SentimentResult r) {
            return new Result(r.label(), r.score(), r.confidence(), r.positive(), r.negative(), r.neutral(), r.signals(), null);
        }

        public static Result model(ModelSentiment s) {
            return new Result(s.label(), s.score(), s.confidence(), null, null, null, s.signals(), s.reason());
        }
    }
}
