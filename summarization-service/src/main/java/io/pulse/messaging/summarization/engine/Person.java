package io.pulse.messaging.summarization.engine;

import java.util.UUID;

/** A participant of a conversation: the sender's id and display name. */
public record Person(UUID id, String name) {
}
