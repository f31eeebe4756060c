package io.pulse.messaging.summarization.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds realistic test threads message by message, a few minutes apart. */
final class Conversation {

    private final List<ChatMessage> messages = new ArrayList<>();
    private Instant clock;

    private Conversation(Instant start) {
        this.clock = start;
    }

    static Conversation startingAt(String instant) {
        return new Conversation(Instant.parse(instant));
    }

    static Person person(String name) {
        return new Person(UUID.nameUUIDFromBytes(name.getBytes()), name);
    }

    Conversation say(Person sender, String content) {
        return add(sender, content, null);
    }

    /** A message answering message number {@code index} (0-based). */
    Conversation reply(int index, Person sender, String content) {
        return add(sender, content, messages.get(index).id());
    }

    Conversation after(Duration pause) {
        clock = clock.plus(pause);
        return this;
    }

    private Conversation add(Person sender, String content, UUID replyTo) {
        clock = clock.plus(Duration.ofMinutes(3));
        UUID id = UUID.nameUUIDFromBytes(("m" + messages.size() + content).getBytes());
        messages.add(new ChatMessage(id, sender, content, clock, replyTo));
        return this;
    }

    UUID id(int index) {
        return messages.get(index).id();
    }

    List<ChatMessage> messages() {
        return List.copyOf(messages);
    }
}
