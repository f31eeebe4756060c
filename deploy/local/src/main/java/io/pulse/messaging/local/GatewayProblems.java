package io.pulse.messaging.local;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Every answer the gateway gives itself (rather than relaying the service's) is an RFC 9457 problem, like the
 * services' own errors: {@code application/problem+json} with {@code type}, {@code title}, {@code status} and
 * {@code detail}.
 */
final class GatewayProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    /** One kind of problem the gateway answers. */
    enum Kind {
        BAD_REQUEST(400, "bad-request", "Bad request"),
        NOT_FOUND(404, "not-found", "Not found"),
        URI_TOO_LONG(414, "uri-too-long", "Request line too long"),
        HEADERS_TOO_LARGE(431, "request-headers-too-large", "Request headers too large"),
        BAD_GATEWAY(502, "bad-gateway", "Service unavailable"),
        GATEWAY_TIMEOUT(504, "gateway-timeout", "Service did not answer in time");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        Buffer body(String detail) {
            return new JsonObject().put("type", "urn:pulse:problem:" + slug).put("title", title).put("status", status)
                    .put("detail", detail).toBuffer();
        }
    }

    private GatewayProblems() {
    }

    /** Answers {@code response} with a problem, unless its head is already on its way (then it is cut off). */
    static void send(HttpServerResponse response, Kind kind, String detail) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(kind.status).putHeader("Content-Type", MEDIA_TYPE).end(kind.body(detail));
    }

    /**
     * The answer to a request the HTTP decoder refused (Vert.x would send these statuses with an empty body): its
     * headers past {@link Gateway#MAX_HEADER_BYTES}, its request line too long, or not HTTP at all. The connection is
     * closed afterwards, since what follows on it cannot be read.
     */
    static void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        HttpServerResponse response = request.response();
        if (cause instanceof TooLongHttpHeaderException) {
            send(response, Kind.HEADERS_TOO_LARGE, "The request's headers are larger than " + Gateway.MAX_HEADER_BYTES
                    + " bytes in total (the limit of the gateway and of every service).");
        } else if (cause instanceof TooLongHttpLineException) {
            send(response, Kind.URI_TOO_LONG, "The request line is longer than " + Gateway.MAX_REQUEST_LINE_BYTES
                    + " bytes.");
        } else {
            send(response, Kind.BAD_REQUEST, "The request is not well-formed HTTP/1.1.");
        }
        response.close();
    }

    /** A problem as the proxy's answer, in place of a response from the service. */
    static ProxyResponse proxyResponse(ProxyResponse response, Kind kind, String detail) {
        Buffer body = kind.body(detail);
        response.headers().clear();
        return response.setStatusCode(kind.status).setStatusMessage(null).putHeader("Content-Type", MEDIA_TYPE)
                .setBody(Body.body(body));
    }
}
