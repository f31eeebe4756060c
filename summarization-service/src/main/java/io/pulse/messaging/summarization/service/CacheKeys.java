package io.pulse.messaging.summarization.service;

import java.io.ByteArrayOutputStream;
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
        digest = sha256();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
        return addMessages(messagesPart(messages));
    }

    /** The messages' part of a key as {@link #messagesPart} made it (kept by {@link KnownBodies} for a repeated body). */
    CacheKeys addMessages(byte[] part) {
        digest.update(part);
        return this;
    }

    /**
     * The bytes {@link #addMessages(List)} adds to the key: the count, then each message's fields in sent order, each
     * framed as {@link #add} frames a value. Made once per distinct body: a repeated body adds them as they are.
     */
    static byte[] messagesPart(List<ChatMessage> messages) {
        List<ChatMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + messages.size() * 256);
        frame(out, ordered.size());
        for (ChatMessage m : ordered) {
            frame(out, m.id());
            frame(out, m.sender().id());
            frame(out, m.sender().name());
            frame(out, m.sentAt());
            frame(out, m.replyTo());
            frame(out, m.content());
        }
        return out.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, Object value) {
        byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(';');
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
