package io.pulse.messaging.common.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed functions behind {@link LiveEvents}, all HMAC-SHA256 under one key that only the services' JVMs hold:
 * {@link #seal} signs a notification's body for its channel (so a notification that anyone else sends with
 * {@code pg_notify}, or a genuine one moved to another channel, fails {@link #open}); {@link #blind} turns a topic
 * (a session id, a user's conversation) into an opaque tag, so a raw {@code LISTEN} does not learn which session or
 * user an event concerns; {@link #alias} does the same for a value inside an event (for example the user who acted).
 * Each function uses its own label, so an output of one is never a valid output of another.
 */
final class EventSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SEAL = "pulse.events.seal/1\n";
    private static final String TOPIC = "pulse.events.topic/1\n";
    private static final String ALIAS = "pulse.events.alias/1\n";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    EventSeal(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A live-events key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** {@code MAC.body}: the body signed for this channel. */
    String seal(String channel, String body) {
        return BASE64.encodeToString(mac(SEAL + channel + "\n" + body)) + "." + body;
    }

    /** The body of a notification sealed for this channel by a holder of the key; empty for anything else. */
    Optional<String> open(String channel, String payload) {
        int dot = payload.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        byte[] claimed;
        try {
            claimed = DECODER.decode(payload.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String body = payload.substring(dot + 1);
        // Constant time: how far a forged MAC matched tells the sender nothing.
        return MessageDigest.isEqual(claimed, mac(SEAL + channel + "\n" + body)) ? Optional.of(body) : Optional.empty();
    }

    /** The opaque tag of a topic of a channel, the same on every replica sharing the key. */
    String blind(String channel, String topic) {
        return BASE64.encodeToString(mac(TOPIC + channel + "\n" + topic));
    }

    /** An opaque stand-in for {@code value} within a scope (for example a user within a session): only key holders can tell which value it stands for. */
    String alias(String scope, String value) {
        byte[] full = mac(ALIAS + scope + "\n" + value);
        return BASE64.encodeToString(Arrays.copyOf(full, 16));
    }

    private byte[] mac(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
