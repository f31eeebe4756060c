package io.pulse.messaging.intelligence.engine;

import java.time.Instant;

/** A message as the engines see it. {@code replyTo} is the id of the message it answers, when the client knows it. */
public record ChatMessage(String id, String senderId, String senderName, String content, Instant sentAt, String replyTo) {
}
