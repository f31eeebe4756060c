package io.pulse.messaging.intelligence.engine;

import java.time.Instant;

/** One message's sentiment. */
public record MessageSentiment(String messageId, String senderId, Instant sentAt, SentimentLabel label, double score) {
}
