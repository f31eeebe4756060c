package io.pulse.messaging.local;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;

/**
 * The local suite's API gateway: routes each path prefix to its service without rewriting the path, passes the
 * {@code Authorization} header and bodies through untouched, and streams responses as they come (Server-Sent
 * Events included). It plays the part the Kubernetes HTTPRoute plays in a cluster.
 */
public final class Gateway implements AutoCloseable {

    /** A path prefix and the local port of the service behind it. */
    public record Route(String prefix, String service, int port) {

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Vertx vertx;
    private final HttpServer server;
    private final HttpClient client;
    private final List<Route> routes;

    private Gateway(Vertx vertx, HttpServer server, HttpClient client, List<Route> routes) {
        this.vertx = vertx;
        this.server = server;
        this.client = client;
        this.routes = routes;
    }

    /** Starts listening on {@code port}; fails if the port is taken. */
    public static Gateway start(int port, List<Route> routes) {
        Vertx vertx = Vertx.vertx();
        // Every open event stream holds one upstream connection for as long as its client listens: the pool must
        // not cap them (the benchmark fans out to 500 subscribers), or other requests would wait behind them.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(4096)
                .setKeepAlive(true)
                .setConnectTimeout(5_000)
                .setIdleTimeout(0)); // event streams stay open for as long as the client listens
        Gateway[] self = new Gateway[1];
        // HTTP/1.1 only: a client's h2c upgrade would hand over a request whose body was already read.
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("0.0.0.0")
                        .setHttp2ClearTextEnabled(false))
                .requestHandler(request -> self[0].forward(request));
        self[0] = new Gateway(vertx, server, client, List.copyOf(routes));
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("The gateway could not listen on port " + port, e);
        }
        return self[0];
    }

    public int port() {
        return server.actualPort();
    }

    private void forward(HttpServerRequest request) {
        Optional<Route> route = routes.stream().filter(r -> r.matches(request.path())).findFirst();
        if (route.isEmpty()) {
            problem(request.response(), 404, "not-found", "Not found",
                    "No service is routed at " + request.path() + "; the gateway routes "
                            + routes.stream().map(Route::prefix).toList() + ".");
            return;
        }
        request.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost("127.0.0.1")
                .setPort(route.get().port())
                .setURI(request.uri());
        client.request(options).onComplete(created -> {
            if (created.failed()) {
                request.resume();
                unavailable(request, route.get());
                return;
            }
            HttpClientRequest upstream = created.result();
            copyHeaders(request.headers(), upstream.headers());
            upstream.putHeader("X-Forwarded-For", String.valueOf(request.remoteAddress()));
            upstream.putHeader("X-Forwarded-Host", String.valueOf(request.authority()));
            upstream.putHeader("X-Forwarded-Proto", request.scheme());
            request.connection().closeHandler(closed -> upstream.reset());
            upstream.send(request).onComplete(answered -> {
                if (answered.failed()) {
                    unavailable(request, route.get());
                    return;
                }
                relay(answered.result(), request.response());
            });
        });
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), response.headers());
        if (upstream.getHeader("Content-Length") == null) {
            response.setChunked(true);
        }
        // Streamed by hand rather than piped: a client may go away mid-answer (an SSE subscriber leaving, a load
        // generator stopping), and then the upstream request is reset instead of writing to a closed response.
        response.closeHandler(closed -> upstream.request().reset());
        upstream.handler(chunk -> {
            if (response.closed() || response.ended()) {
                return;
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                upstream.pause();
                response.drainHandler(drained -> upstream.resume());
            }
        });
        upstream.exceptionHandler(failure -> {
            if (!response.closed() && !response.ended()) {
                response.reset();
            }
        });
        upstream.endHandler(done -> {
            if (!response.closed() && !response.ended()) {
                response.end();
            }
        });
        upstream.resume();
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static void unavailable(HttpServerRequest request, Route route) {
        problem(request.response(), 502, "bad-gateway", "Service unavailable",
                route.service() + " (port " + route.port() + ") is not answering.");
    }

    private static void problem(HttpServerResponse response, int status, String slug, String title, String detail) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        String body = "{\"type\":\"urn:pulse:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(body);
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        vertx.close();
    }
}
