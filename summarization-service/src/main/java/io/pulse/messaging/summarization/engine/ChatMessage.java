package io.pulse.messaging.summarization.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of a conversation as the engines see it.
 *
 * @param replyTo the id of the message this one answers, or null
 */
public record ChatMessage(UUID id, Person sender, String content, Instant sentAt, UUID replyTo) {

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
