package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * The gateway in front of several replicas of a service: requests go round robin, a replica that refuses connections
 * is skipped without the client seeing it, and an event stream stays on the replica it opened on while the other
 * requests go on rotating.
 */
class GatewayReplicasTest {

    private static Vertx vertx;
    private static final List<HttpServer> replicas = new ArrayList<>();
    private static final CompletableFuture<Void> endStream = new CompletableFuture<>();
    private static int refusingPort;
    private static Gateway gateway;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        for (String name : List.of("a", "b", "c")) {
            replicas.add(vertx.createHttpServer().requestHandler(request -> {
                if (request.path().endsWith("/stream")) {
                    request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
                    request.response().write("data: " + name + "\n\n");
                    endStream.thenRun(() -> vertx.runOnContext(v -> request.response().end("data: " + name + " again\n\n")));
                } else {
                    request.response().end(name);
                }
            }).listen(0, Gateway.LOOPBACK).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS));
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            refusingPort = socket.getLocalPort(); // closed again: connections to it are refused
        }
        gateway = Gateway.start(0, List.of(
                new Gateway.Route("/api/three", "three-service", replicas.stream().map(HttpServer::actualPort).toList()),
                new Gateway.Route("/api/half", "half-service", List.of(replicas.get(0).actualPort(), refusingPort)),
                new Gateway.Route("/api/none", "none-service", List.of(refusingPort, refusingPort))));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void requestsGoRoundRobinOverTheReplicas() throws Exception {
        Map<String, Integer> served = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            served.merge(get("/api/three/x").body(), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 3, "b", 3, "c", 3), served);
    }

    @Test
    void aReplicaThatRefusesConnectionsIsSkipped() throws Exception {
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = get("/api/half/x");
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("a", response.body());
        }
    }

    @Test
    void whenNoReplicaAnswersItIsABadGatewayProblem() throws Exception {
        HttpResponse<String> response = get("/api/none/x");
        assertEquals(502, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("none-service"), response.body());
    }

    @Test
    void anEventStreamStaysOnItsReplicaWhileOtherRequestsRotate() throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(uri("/api/three/stream")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            List<String> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(get("/api/three/x").body());
            }
            assertEquals(3, others.stream().distinct().count(), "the other requests went on rotating: " + others);
            endStream.complete(null);
            assertEquals("", lines.readLine());
            assertEquals(first + " again", lines.readLine());
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }
}
