package io.pulse.messaging.common.auth;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.pulse.messaging.common.error.ProblemResponses;
import io.pulse.messaging.common.error.ProblemType;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The bearer-token mechanism of SmallRye JWT, unchanged, except that its challenge (the answer to a request
 * that needs a token and has none) is a 401 problem document with {@code WWW-Authenticate: Bearer} rather than an
 * empty body, like every other error of the suite.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemBearerChallenge implements HttpAuthenticationMechanism {

    private final JWTAuthMechanism jwt;
    private final ProblemResponses responses;

    public ProblemBearerChallenge(JWTAuthMechanism jwt, ProblemResponses responses) {
        this.jwt = jwt;
        this.responses = responses;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return jwt.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().ended() && !context.response().headWritten()) {
            responses.write(context.response(), ProblemType.UNAUTHORIZED
                    .problem("A valid bearer token is required.").withInstance(context.request().path()));
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return jwt.getPriority();
    }
}
