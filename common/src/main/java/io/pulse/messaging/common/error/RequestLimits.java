package io.pulse.messaging.common.error;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The documented limits on a request, checked before anything else reads it (authentication included), each answered
 * with a problem document: the URI ({@code pulse.http.max-uri-length}, 414), all headers together
 * ({@code pulse.http.max-header-size}, 431) and a declared body ({@code quarkus.http.limits.max-body-size}, 413).
 *
 * <p>Vert.x refuses requests past its own limits ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) with an empty body before any handler runs, and offers no hook for that answer
 * here: its limits are set far above these (a backstop against abuse), so that a client past the documented limit
 * learns why.
 */
@ApplicationScoped
public class RequestLimits {

    /** ": " and CRLF around each header, as the header section counts on the wire. */
    private static final int HEADER_OVERHEAD = 4;

    private final ProblemResponses responses;
    private final long maxBodySize;
    private final long maxHeaderSize;
    private final int maxUriLength;

    public RequestLimits(ProblemResponses responses,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
            @ConfigProperty(name = "pulse.http.max-header-size", defaultValue = "32K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "pulse.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize vertxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int vertxLineLength) {
        if (maxHeaderSize.asLongValue() >= vertxHeaderSize.asLongValue() || maxUriLength >= vertxLineLength) {
            throw new IllegalStateException("pulse.http.max-header-size and pulse.http.max-uri-length must stay below "
                    + "quarkus.http.limits.max-header-size and max-initial-line-length, which back them up");
        }
        this.responses = responses;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.maxUriLength = maxUriLength;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG.problem("The request URI is longer than the limit of " + maxUriLength + " characters."));
        } else if (headerBytes(request) > maxHeaderSize) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE.problem("The request headers are larger than the limit of "
                    + maxHeaderSize + " bytes in all; a bearer token must fit in it with the other headers."));
        } else {
            checkDeclaredBody(context);
        }
    }

    /**
     * Refuses a declared body over the limit before anything reads it. A body of unknown length (chunked) meets the
     * limit while Quarkus REST reads it, which answers 413 itself, without a body (no hook changes that answer).
     */
    private void checkDeclaredBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            context.next();
            return;
        }
        try {
            if (Long.parseLong(length.trim()) > maxBodySize) {
                context.response().putHeader("Connection", "close"); // the body is not read
                refuse(context, tooLarge(maxBodySize));
                return;
            }
        } catch (NumberFormatException e) {
            refuse(context, ProblemType.BAD_REQUEST.problem("Content-Length is not a number."));
            return;
        }
        context.next();
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + HEADER_OVERHEAD;
        }
        return total;
    }

    private void refuse(RoutingContext context, Problem problem) {
        // The instance is the path only up to the limit: it is echoed to the client, which has it anyway.
        String path = context.request().path();
        responses.write(context.response(), problem.withInstance(path.length() > 200 ? path.substring(0, 200) : path));
    }

    static Problem tooLarge(long limit) {
        return ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than the limit of " + limit + " bytes.");
    }
}
