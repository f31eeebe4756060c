package io.pulse.messaging.intelligence.engine;

/** A message that moved the conversation's sentiment, with its share of the weighted score. */
public record SentimentDriver(String messageId, String senderName, SentimentLabel label, double score, double weight) {
}
