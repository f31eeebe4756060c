package io.pulse.messaging.common.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the key of {@link EventSeal} comes from. It must be a secret of the services' JVMs: whoever holds it can make
 * notifications that every subscriber trusts. That rules out anything the database or a client can read, and public
 * key material (a JWT verification key is public), so, in this order:
 * <ol>
 * <li>{@code pulse.events.key} ({@code PULSE_EVENTS_KEY}): at least 32 characters, for example
 * {@code openssl rand -base64 32}; the same value on every replica of a service, or each replica drops the others'
 * events. Operators set it wherever a service runs more than one replica.</li>
 * <li>in production only, and only when tokens are verified with an HS256 shared secret: a key derived from that
 * secret (HMAC-SHA256 of a fixed label under it), which every replica already shares and a database user never sees;
 * the derived key reveals nothing of the secret.</li>
 * <li>otherwise a random key made at start: safe, but known to this JVM only, so events reach only the subscribers
 * of the replica that made the change. Right for tests, development and the local suite (one replica each); a
 * production start says so in a warning.</li>
 * </ol>
 */
final class EventKeys {

    static final int MIN_LENGTH = 32;

    /** A key and where it came from (for the start-up log, never the key itself). */
    record Key(byte[] bytes, String source, boolean replicaLocal) {
    }

    private EventKeys() {
    }

    static Key resolve(Optional<String> configured, Optional<String> sharedTokenSecret, boolean production) {
        Optional<String> explicit = configured.map(String::trim).filter(value -> !value.isEmpty());
        if (explicit.isPresent()) {
            if (explicit.get().length() < MIN_LENGTH) {
                throw new IllegalStateException("pulse.events.key (PULSE_EVENTS_KEY) must have at least " + MIN_LENGTH
                        + " characters (for example the output of: openssl rand -base64 32)");
            }
            return new Key(derive(explicit.get(), "configured"), "PULSE_EVENTS_KEY", false);
        }
        Optional<String> secret = sharedTokenSecret.map(String::trim).filter(value -> !value.isEmpty());
        if (production && secret.isPresent()) {
            return new Key(derive(secret.get(), "hs256-token-secret"), "derived from the HS256 token secret", false);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new Key(random, "random, this replica only", true);
    }

    private static byte[] derive(String material, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("pulse live events key/1 " + label).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
