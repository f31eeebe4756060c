package io.pulse.messaging.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem documents for what is decided before a request reaches a resource: authentication (proactive, at
 * the HTTP layer), a chunked body past the size limit, and paths that nothing serves. The limits a
 * request's head declares are checked first, by {@link RequestLimits}.
 */
@ApplicationScoped
public class HttpProblemHandlers {

    private final ProblemResponses responses;
    private final long maxBodySize;

    public HttpProblemHandlers(ProblemResponses responses,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.responses = responses;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::securityFailure);
        // Last of all: a path nothing serves, under /api or elsewhere, is a 404 problem rather than Vert.x's plain page.
        router.route().order(Integer.MAX_VALUE).handler(this::nothingHere);
    }

    private void securityFailure(RoutingContext context) {
        Throwable failure = context.failure();
        String path = context.request().path();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            responses.write(context.response(),
                    ProblemType.UNAUTHORIZED.problem(context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                            ? "A bearer token is required."
                            : "The bearer token is invalid or expired.").withInstance(path));
        } else if (failure instanceof ForbiddenException) {
            responses.write(context.response(), ProblemType.FORBIDDEN.problem("This token is not allowed to do that.").withInstance(path));
        } else if (context.statusCode() == 413) {
            responses.write(context.response(), tooLarge(context));
        } else {
            context.next();
        }
    }

    private void nothingHere(RoutingContext context) {
        responses.write(context.response(),
                ProblemType.NOT_FOUND.problem("Nothing is found at " + context.request().path() + ".").withInstance(context.request().path()));
    }

    private Problem tooLarge(RoutingContext context) {
        return RequestLimits.tooLarge(maxBodySize).withInstance(context.request().path());
    }
}
