package io.pulse.messaging.common.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What the suite checks in a verified token beyond its signature, issuer, audience and expiry: the {@code sub} is a
 * user id in canonical UUID form (every row is owned by one, so anything else identifies nobody the suite knows), and
 * the token was not issued in the future (its {@code iat} no later than now plus the configured clock skew, so a token
 * minted ahead of time by a compromised issuer clock does not work before its time). Either failure is a 401.
 */
@ApplicationScoped
public class ClaimsValidation implements SecurityIdentityAugmentor {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final long skewSeconds;

    public ClaimsValidation(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (subjectOf(identity.getPrincipal()).isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's subject is not a user id"));
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && issuedInTheFuture(jwt)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token was issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean issuedInTheFuture(JsonWebToken jwt) {
        // The system clock, like SmallRye's check of exp (not the services' replaceable Clock bean).
        return jwt.getIssuedAtTime() > System.currentTimeMillis() / 1000 + skewSeconds;
    }

    static Optional<UUID> subjectOf(Principal principal) {
        String name = principal == null ? null : principal.getName();
        if (principal instanceof JsonWebToken jwt) {
            name = jwt.getSubject();
        }
        return canonicalUuid(name);
    }

    /** The UUID written as {@code text} in its canonical form; {@code UUID.fromString} also takes "1-2-3-4-5". */
    static Optional<UUID> canonicalUuid(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
