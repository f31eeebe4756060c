package io.pulse.messaging.common.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Every row in the suite is owned by a user id, so a token whose {@code sub} is not a UUID identifies nobody
 * the suite knows: authentication fails (401) instead of letting a malformed owner reach a query.
 */
@ApplicationScoped
public class SubjectValidation implements SecurityIdentityAugmentor {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || subjectOf(identity.getPrincipal()).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("The token's subject is not a user id"));
    }

    static Optional<UUID> subjectOf(Principal principal) {
        String name = principal == null ? null : principal.getName();
        if (principal instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            name = jwt.getSubject();
        }
        // UUID.fromString accepts shortened groups such as "1-2-3-4-5"; only the canonical form is an id.
        if (name == null || !UUID_TEXT.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(name));
    }
}
