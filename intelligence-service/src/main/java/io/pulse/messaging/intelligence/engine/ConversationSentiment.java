package io.pulse.messaging.intelligence.engine;

/** The conversation's sentiment: label, score in [-1, 1], confidence in [0, 1] and its breakdown. */
public record ConversationSentiment(SentimentLabel label, double score, double confidence, SentimentBreakdown breakdown) {
}
