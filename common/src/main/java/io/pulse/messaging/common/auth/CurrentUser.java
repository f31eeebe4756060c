package io.pulse.messaging.common.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.pulse.messaging.common.error.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who this request acts for.
 *
 * <p>For a user's token that is the token's subject. A trusted backend (a token whose {@code groups} claim holds
 * {@value #SERVICE_ROLE}) may act for a user it names, either in the {@value #ACT_FOR_HEADER} header or in the
 * request payload through {@link #actFor(UUID)}; a user's token that tries either gets 403.
 */
@RequestScoped
public class CurrentUser {

    /** The role that marks a trusted backend. */
    public static final String SERVICE_ROLE = "service";

    /** Header by which a service token names the user it acts for. */
    public static final String ACT_FOR_HEADER = "X-Pulse-Act-For";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    @Inject
    public CurrentUser(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The authenticated caller: the token's subject, never null on an authenticated request. */
    public UUID subject() {
        if (identity.isAnonymous()) {
            throw ApiException.unauthorized("This operation needs a bearer token.");
        }
        return ClaimsValidation.subjectOf(identity.getPrincipal())
                .orElseThrow(() -> ApiException.unauthorized("The token's subject is not a user id."));
    }

    /** Whether the caller is a trusted backend. */
    public boolean isService() {
        return !identity.isAnonymous() && identity.hasRole(SERVICE_ROLE);
    }

    /**
     * The user whose data this request reads and writes: the user named in {@value #ACT_FOR_HEADER} when a
     * service sends it, otherwise the caller.
     */
    public UUID id() {
        String named = request.getHeader(ACT_FOR_HEADER);
        if (named == null || named.isBlank()) {
            return subject();
        }
        return actFor(parse(named));
    }

    /**
     * Acting for a user named in the payload: allowed for a service, and for a user naming themself.
     *
     * @throws ApiException 403 when a user's token names someone else
     */
    public UUID actFor(UUID user) {
        if (user.equals(subject()) || isService()) {
            return user;
        }
        throw ApiException.forbidden("Only a service token may act for another user.");
    }

    /**
     * The caller as an audit trail or an erasure record names them: {@code service:<token subject>} for a trusted
     * backend, otherwise {@code user:<id>}.
     */
    public String actorName() {
        if (isService()) {
            return "service:" + identity.getPrincipal().getName();
        }
        return "user:" + subject();
    }

    /** The caller's display name from the {@code name} claim, if the token carries one. */
    public Optional<String> displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.<String>getClaim("name")).filter(name -> !name.isBlank());
        }
        return Optional.empty();
    }

    private static UUID parse(String value) {
        return ClaimsValidation.canonicalUuid(value.trim())
                .orElseThrow(() -> ApiException.badRequest(ACT_FOR_HEADER + " must be a user id (a UUID in canonical form)."));
    }
}
