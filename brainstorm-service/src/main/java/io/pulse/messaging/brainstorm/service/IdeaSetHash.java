package io.pulse.messaging.brainstorm.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import io.pulse.messaging.brainstorm.model.Idea;

/** Hashes that identify a session's current ideas, and cache keys built from them. */
final class IdeaSetHash {

    private IdeaSetHash() {
    }

    /** A hash of the session's current ideas (ids, steps and texts): any added, edited or deleted idea changes it. */
    static String of(List<Idea> all) {
        StringBuilder text = new StringBuilder();
        all.stream().sorted(Comparator.comparing(Idea::getId))
                .forEach(idea -> text.append(idea.getId()).append('\u001f').append(idea.getStep()).append('\u001f').append(idea.getText()).append('\u001e'));
        return sha256(text.toString());
    }

    /** The SHA-256 of the parts joined by a unit separator, in hex. */
    static String key(String... parts) {
        return sha256(String.join("\u001f", parts));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
