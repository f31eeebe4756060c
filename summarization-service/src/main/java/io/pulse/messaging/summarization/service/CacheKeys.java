package io.pulse.messaging.summarization.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import io.pulse.messaging.summarization.engine.ChatMessage;

/**
 * Builds the content key of a request: SHA-256 over every input that determines the result, each field length
 * prefixed so that no two different inputs can produce the same byte stream.
 */
final class CacheKeys {

    private final MessageDigest digest;

    CacheKeys() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    CacheKeys add(Object value) {
        byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        digest.update((byte) ';');
        return this;
    }

    /** Every message in sent order (the order the engine uses), so that a reordered request is the same key. */
    CacheKeys addMessages(List<ChatMessage> messages) {
        List<ChatMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        add(ordered.size());
        for (ChatMessage m : ordered) {
            add(m.id()).add(m.sender().id()).add(m.sender().name()).add(m.sentAt()).add(m.replyTo()).add(m.content());
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
