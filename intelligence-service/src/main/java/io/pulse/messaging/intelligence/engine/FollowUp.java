package io.pulse.messaging.intelligence.engine;

import java.time.Instant;

/** Something that waits for an answer or action, the message it refers to, and a suggested follow-up text. */
public record FollowUp(FollowUpType type, String messageId, String senderId, String senderName, String excerpt, Instant since, long waitingSeconds, String suggestedText) {
}
