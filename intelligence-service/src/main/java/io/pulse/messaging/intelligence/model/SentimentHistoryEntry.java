package io.pulse.messaging.intelligence.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One analysed message as {@code sentiment_history} keeps it: its sentiment and the facts the conversation metrics need.
 *
 * @param signals       a JSON object (the message's sentiment signals), as text
 * @param reason        the model's reason for the label; null when the local engine labelled the message
 * @param followUpOwner what the model found the message waits for: who should act, by when, a suggested follow-up
 *                      (each nullable)
 */
public record SentimentHistoryEntry(UUID conversationId, String messageId, String senderId, String senderName,
        OffsetDateTime sentAt, String replyTo, String label, double score, double confidence, String signals, int words,
        boolean question, boolean request, boolean acknowledgement, boolean closing, String excerpt, String reason,
        String followUpOwner, LocalDate followUpDue, String followUpText) {
}
