package io.pulse.messaging.intelligence.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.SentimentResult;

@Schema(name = "SentimentBatchResponse", description = "One result per text, in the order given, and the engine that produced them.",
        example = Examples.SENTIMENT_BATCH_RESPONSE)
public record SentimentBatchView(@Schema(example = "local") String engine, List<SentimentResult> results) {
}
