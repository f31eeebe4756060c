package io.pulse.messaging.testing;

import java.util.UUID;

import io.pulse.messaging.local.TokenMinter;

/**
 * Bearer tokens for tests, signed with the development key that the test profile trusts. {@link #minter()}
 * gives the full builder for tokens a test wants to get wrong (expired, wrong issuer, unsigned, ...).
 */
public final class TestTokens {

    private static final TokenMinter MINTER = TokenMinter.development();

    private TestTokens() {
    }

    /** A valid token for {@code user}. */
    public static String forUser(UUID user) {
        return MINTER.forUser(user).name("Test user " + user.toString().substring(0, 8)).sign();
    }

    /** A valid token for {@code user} carrying a display name. */
    public static String forUser(UUID user, String name) {
        return MINTER.forUser(user).name(name).sign();
    }

    /** A valid token for a trusted backend (role {@code service}), which may act for any user. */
    public static String service() {
        return MINTER.forUser(UUID.randomUUID()).name("Messaging backend").group("service").sign();
    }

    /** {@code "Bearer " + forUser(user)}, for an Authorization header. */
    public static String bearer(UUID user) {
        return "Bearer " + forUser(user);
    }

    public static TokenMinter minter() {
        return MINTER;
    }
}
