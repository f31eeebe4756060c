package io.pulse.messaging.common.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** A clock that stands still until moved. */
    private static final class ManualClock extends Clock {
        private Instant now = NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A parser that accepts the tokens it was told about, with their expiry, and counts its verifications. */
    private static final class CountingParser extends DefaultJWTParser {
        final Map<String, Long> expiries = new HashMap<>();
        final ManualClock clock;
        int verifications;

        CountingParser(ManualClock clock) {
            this.clock = clock;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications++;
            Long exp = expiries.get(token);
            if (exp == null || clock.instant().getEpochSecond() >= exp) {
                throw new ParseException("rejected: " + token);
            }
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp");
                }

                @SuppressWarnings("unchecked")
                @Override
                public <T> T getClaim(String claim) {
                    return "exp".equals(claim) ? (T) exp : null;
                }
            };
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CountingParser parser = new CountingParser(clock);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(parser, clock, 1L << 20, Duration.ofMinutes(5));

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() throws ParseException {
        parser.expiries.put("a", NOW.plus(Duration.ofHours(1)).getEpochSecond());
        JsonWebToken first = cache.parse("a");
        assertSame(first, cache.parse("a"));
        assertSame(first, cache.parse("a"));
        assertEquals(1, parser.verifications);
    }

    @Test
    void anExpiredTokenGoesBackToTheParserWhichRejectsIt() throws ParseException {
        parser.expiries.put("short", NOW.plusSeconds(60).getEpochSecond());
        cache.parse("short");
        clock.advance(Duration.ofSeconds(61));
        assertThrows(ParseException.class, () -> cache.parse("short"));
        assertEquals(2, parser.verifications);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() throws ParseException {
        parser.expiries.put("long", NOW.plus(Duration.ofDays(1)).getEpochSecond());
        cache.parse("long");
        clock.advance(Duration.ofMinutes(4));
        cache.parse("long");
        assertEquals(1, parser.verifications);
        clock.advance(Duration.ofMinutes(2));
        cache.parse("long");
        assertEquals(2, parser.verifications, "verified again once its 5 minutes were up");
    }

    @Test
    void rejectedTokensAreNeverRemembered() {
        assertThrows(ParseException.class, () -> cache.parse("forged"));
        assertThrows(ParseException.class, () -> cache.parse("forged"));
        assertEquals(2, parser.verifications);
    }

    @Test
    void aZeroMaximumAgeTurnsTheCacheOff() throws ParseException {
        VerifiedTokenCache off = new VerifiedTokenCache(parser, clock, 1L << 20, Duration.ZERO);
        parser.expiries.put("a", NOW.plus(Duration.ofHours(1)).getEpochSecond());
        off.parse("a");
        off.parse("a");
        assertEquals(2, parser.verifications);
    }

    @Test
    void theCacheIsBoundedInBytesChargedByTokenLength() throws ParseException {
        String padding = "x".repeat(600);
        long tenTokens = 10L * VerifiedTokenCache.weight("t00" + padding);
        VerifiedTokenCache small = new VerifiedTokenCache(parser, clock, tenTokens, Duration.ofMinutes(5));
        for (int i = 0; i < 100; i++) {
            String token = String.format("t%02d", i) + padding;
            parser.expiries.put(token, NOW.plus(Duration.ofHours(1)).getEpochSecond());
            small.parse(token);
        }
        long held = small.weightedBytes();
        assertTrue(held > 0 && held <= tenTokens, "held " + held + " bytes, bound " + tenTokens);
        assertEquals(3 * 603 + VerifiedTokenCache.ENTRY_OVERHEAD_BYTES, VerifiedTokenCache.weight("t00" + padding),
                "a 600-character token retains about 1.9 KB once parsed: three bytes a character");
    }
}
