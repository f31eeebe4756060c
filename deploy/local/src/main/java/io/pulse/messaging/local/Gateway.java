package io.pulse.messaging.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * The local suite's API gateway, Vert.x's own reverse proxy ({@code vertx-http-proxy}) in front of the four services:
 * it routes each path prefix to its service without rewriting the path, passes the {@code Authorization} header and
 * bodies through untouched, and streams answers as they come (Server-Sent Events included). It plays the part the
 * Kubernetes HTTPRoute plays in a cluster.
 *
 * <p>Before routing it refuses what a service would read differently from the gateway: a path with a dot segment
 * ({@link RequestPath}). Its limits: headers up to {@link #MAX_HEADER_BYTES} in total (as every service), a request
 * line up to {@link #MAX_REQUEST_LINE_BYTES}; bodies are the services' to limit. Whatever the gateway answers itself
 * is a problem document ({@link GatewayProblems}). It listens on the loopback interface only: the local suite
 * accepts the development key that is in the repository.
 */
public final class Gateway implements AutoCloseable {

    /** The most header bytes a request may carry in total, here and in every service (431 past it). */
    public static final int MAX_HEADER_BYTES = 32 * 1024;
    /** The longest request line (method, path and query, version); 414 past it. Vert.x's and Quarkus's default. */
    public static final int MAX_REQUEST_LINE_BYTES = 4096;
    /** Where the gateway listens, and where it expects the services. */
    public static final String LOOPBACK = "127.0.0.1";
    /** How long a service may take to start its answer (an event stream then runs for as long as it lasts). */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    /** How long the gateway waits for a connection to a service (a free pooled one, or a new one). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * A path prefix and the local ports of the service's replicas behind it (the gateway balances requests over them,
     * {@link ReplicaBalancer}).
     */
    public record Route(String prefix, String service, List<Integer> ports) {

        public Route {
            ports = List.copyOf(ports);
            if (ports.isEmpty()) {
                throw new IllegalArgumentException(service + " needs at least one replica");
            }
        }

        /** One replica on {@code port}. */
        public Route(String prefix, String service, int port) {
            this(prefix, service, List.of(port));
        }

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts listening on {@code port} of the loopback interface; fails if the port is taken. */
    public static Gateway start(int port, List<Route> routes) {
        return start(port, routes, ANSWER_TIMEOUT);
    }

    static Gateway start(int port, List<Route> routes, Duration answerTimeout) {
        // One event loop: every connection, to clients and to services, is served by the same thread, so the end of
        // a service's answer is seen by the proxy in the same step as by the connection pool. (Vert.x 4's HTTP/1.1
        // client closes a connection when a request that already ended is reset, even after the pool lent the
        // connection to the next request.) One core is far more than the local suite's services can keep busy.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        // Every open event stream holds one connection to its service for as long as its client listens: the pool
        // must not cap them (the benchmark fans out to 500 subscribers), or other requests would wait behind them.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(4096)
                .setKeepAlive(true)
                .setIdleTimeout(0)); // event streams stay open for as long as the client listens
        Map<Route, HttpProxy> proxies = new LinkedHashMap<>();
        for (Route route : routes) {
            proxies.put(route, proxy(client, route, answerTimeout));
        }
        HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                        .setHost(LOOPBACK).setPort(port)
                        .setMaxHeaderSize(MAX_HEADER_BYTES)
                        .setMaxInitialLineLength(MAX_REQUEST_LINE_BYTES)
                        // HTTP/1.1 only: a client's h2c upgrade would hand over a request whose body was already read.
                        .setHttp2ClearTextEnabled(false))
                .invalidRequestHandler(GatewayProblems::invalidRequest)
                .requestHandler(request -> route(request, proxies));
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("The gateway could not listen on port " + port, e);
        }
        return new Gateway(vertx, server);
    }

    private static HttpProxy proxy(HttpClient client, Route route, Duration answerTimeout) {
        ReplicaBalancer replicas = new ReplicaBalancer(route.ports());
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                // The connection is made before any of the request is sent: a replica that refuses it is skipped.
                .origin(context -> replicas.connect(port -> context.client().request(new RequestOptions()
                        .setServer(SocketAddress.inetSocketAddress(port, LOOPBACK))
                        .setConnectTimeout(CONNECT_TIMEOUT.toMillis())
                        // Until the answer's head arrives; Vert.x cancels it then, so a stream may last.
                        .setIdleTimeout(answerTimeout.toMillis()))
                        // A request to a service is reset when its client leaves before the answer came: the proxy
                        // handles that failure; without a handler Vert.x would also log each one as an error.
                        .map(request -> request.exceptionHandler(Gateway::requestFailed))))
                .addInterceptor(new ForwardingInterceptor(route, answerTimeout));
    }

    private static void requestFailed(Throwable failure) {
        LOG.debug("A request to a service failed: {}", failure.toString());
    }

    private static void route(HttpServerRequest request, Map<Route, HttpProxy> proxies) {
        String path;
        try {
            path = RequestPath.routable(request.path());
        } catch (RequestPath.Refused refused) {
            GatewayProblems.send(request.response(), GatewayProblems.Kind.BAD_REQUEST, refused.getMessage());
            return;
        }
        Route route = proxies.keySet().stream().filter(r -> r.matches(path)).findFirst().orElse(null);
        if (route == null) {
            GatewayProblems.send(request.response(), GatewayProblems.Kind.NOT_FOUND, "No service is routed at this path; "
                    + "the gateway routes " + proxies.keySet().stream().map(Route::prefix).toList() + ".");
            return;
        }
        // The proxy forwards a body as chunked or with its length, nothing else; it would refuse this with no body.
        if (!request.headers().getAll("Transfer-Encoding").stream().allMatch("chunked"::equals)) {
            GatewayProblems.send(request.response(), GatewayProblems.Kind.BAD_REQUEST,
                    "Transfer-Encoding may only be 'chunked'.");
            return;
        }
        proxies.get(route).handle(request);
    }

    public int port() {
        return server.actualPort();
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
