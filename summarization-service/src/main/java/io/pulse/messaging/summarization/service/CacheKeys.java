package io.pulse.messaging.summarization.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
