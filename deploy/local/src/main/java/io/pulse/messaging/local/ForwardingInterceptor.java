package io.pulse.messaging.local;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * What the gateway adds to Vert.x's reverse proxy for one route: the request goes to the service in origin form with
 * the client's {@code Host} and the usual {@code X-Forwarded-*} headers; a service that cannot be reached, or does not
 * answer in time, is a 502 or 504 problem instead of an empty answer; hop-by-hop headers of the service's answer stay
 * between the service and the gateway.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    /** Response headers that describe one connection, never forwarded (RFC 9110, section 7.6.1). */
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "te", "trailer", "upgrade");

    private final Gateway.Route route;
    private final Duration answerTimeout;

    ForwardingInterceptor(Gateway.Route route, Duration answerTimeout) {
        this.route = route;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        // The path exactly as the client sent it (the gateway routes without rewriting), never the absolute form.
        request.setURI(client.query() == null ? client.path() : client.path() + "?" + client.query());
        if (client.authority() != null) {
            request.setAuthority(client.authority());
            request.putHeader("X-Forwarded-Host", client.authority().toString());
        }
        request.headers().remove("Forwarded");
        request.putHeader("X-Forwarded-For", client.remoteAddress() == null ? "unknown" : client.remoteAddress().hostAddress());
        request.putHeader("X-Forwarded-Proto", client.scheme());
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        HOP_BY_HOP.forEach(headers::remove);
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        ProxyResponse response = context.request().release().response();
        if (timedOut(failure)) {
            return GatewayProblems.proxyResponse(response, GatewayProblems.Kind.GATEWAY_TIMEOUT, route.service()
                    + " did not answer in time (the gateway waits " + answerTimeout.toMillis() + " ms for an answer to start).");
        }
        return GatewayProblems.proxyResponse(response, GatewayProblems.Kind.BAD_GATEWAY,
                route.service() + " (" + (route.ports().size() == 1 ? "port " + route.ports().get(0)
                        : "ports " + route.ports()) + ") is not answering.");
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
