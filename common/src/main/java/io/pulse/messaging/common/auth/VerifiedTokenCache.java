package io.pulse.messaging.common.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Remembers the tokens this replica has verified, so that a client's next requests with the same token skip the
 * signature check and the claims' parsing (a client sends the same token for its whole lifetime).
 *
 * <p>Only an exact, already verified token string is ever answered from here; anything else goes to SmallRye's
 * parser, which checks the signature, issuer, audience and times as configured. An entry is used only until the
 * token's own expiry, and at most {@code pulse.jwt.verified-cache.max-age} after it was verified, which bounds how
 * long a token signed by a key since withdrawn from the key set stays accepted. Expired entries are not served:
 * the token then goes through the parser again, which rejects it.
 *
 * <p>The cache is bounded in bytes ({@code pulse.jwt.verified-cache.max-bytes}, 4 MiB by default), not in entries: a
 * verified token retains its string and its parsed claims (SmallRye's principal keeps jose4j's claims, their map and
 * the payload's JSON), about three times the token's length (measured: a 600-character development token retains
 * 1.9 KB). A count bound let 4,096 such entries take 8 MB of auto-response's 64 MB heap, and the collector thrashed
 * once a benchmark's random tokens filled it. 4 MiB is about 2,000 tokens of that size; a replica that sees more
 * users within {@code max-age} verifies the least used ones again (Caffeine's W-TinyLFU keeps the frequent ones).
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokenCache implements JWTParser {

    private record Verified(JsonWebToken token, Instant usableUntil) {
    }

    /** What an entry is charged beside three bytes per character of its token: the entry, the records, the map node. */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    private final JWTParser parser;
    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser parser,
            @ConfigProperty(name = "pulse.jwt.verified-cache.max-bytes", defaultValue = "4194304") long maxBytes,
            @ConfigProperty(name = "pulse.jwt.verified-cache.max-age", defaultValue = "PT5M") Duration maxAge) {
        this(parser, Clock.systemUTC(), maxBytes, maxAge);
    }

    VerifiedTokenCache(JWTParser parser, Clock clock, long maxBytes, Duration maxAge) {
        this.parser = parser;
        this.clock = clock;
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String token, Verified entry) -> weight(token))
                .expireAfterWrite(maxAge).build();
    }

    /** The bytes an entry for this token is charged (its string, its parsed claims and their JSON, bookkeeping). */
    static int weight(String token) {
        return (int) Math.min(Integer.MAX_VALUE, 3L * token.length() + ENTRY_OVERHEAD_BYTES);
    }

    /** The bytes the remembered tokens are charged now (for tests and diagnostics). */
    long weightedBytes() {
        verified.cleanUp();
        return verified.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (maxAge.isZero()) {
            return parser.parse(token);
        }
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null && now.isBefore(known.usableUntil())) {
            return known.token();
        }
        JsonWebToken fresh = parser.parse(token);
        Instant until = now.plus(maxAge);
        long expiry = fresh.getExpirationTime();
        if (expiry > 0 && Instant.ofEpochSecond(expiry).isBefore(until)) {
            until = Instant.ofEpochSecond(expiry);
        }
        if (now.isBefore(until)) {
            verified.put(token, new Verified(fresh, until));
        }
        return fresh;
    }

    // Everything else is not on the request path: straight to SmallRye's parser.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, java.security.PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, java.security.PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
