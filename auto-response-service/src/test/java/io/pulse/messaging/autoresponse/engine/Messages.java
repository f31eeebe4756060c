package io.pulse.messaging.autoresponse.engine;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Test messages with sensible defaults, changed one field at a time. */
record Messages(UUID senderId, String senderName, String senderEmail, String content, Instant sentAt, String channel,
                String autoSubmitted, String precedence, boolean bulk, boolean list, boolean known, boolean internal,
                Map<String, String> headers) {

    static final Instant NOON_UTC = Instant.parse("2026-03-04T12:00:00Z"); // a Wednesday

    static Messages of(String content) {
        return new Messages(UUID.randomUUID(), "Anna Müller", "anna@example.com", content, NOON_UTC, "email",
                null, null, false, false, false, false, Map.of());
    }

    Messages at(Instant when) {
        return new Messages(senderId, senderName, senderEmail, content, when, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    Messages from(UUID id, String email) {
        return new Messages(id, senderName, email, content, sentAt, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    Messages on(String channel) {
        return new Messages(senderId, senderName, senderEmail, content, sentAt, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    Messages flags(boolean known, boolean internal) {
        return new Messages(senderId, senderName, senderEmail, content, sentAt, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    Messages auto(String autoSubmitted, String precedence, boolean bulk, boolean list) {
        return new Messages(senderId, senderName, senderEmail, content, sentAt, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    Messages headers(Map<String, String> headers) {
        return new Messages(senderId, senderName, senderEmail, content, sentAt, channel, autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    IncomingMessage build() {
        return new IncomingMessage(UUID.randomUUID(), UUID.randomUUID(), senderId, senderName, senderEmail, content, sentAt, channel,
                autoSubmitted, precedence, bulk, list, known, internal, headers);
    }

    MessageFacts facts() {
        return new MessageFacts(build());
    }
}
