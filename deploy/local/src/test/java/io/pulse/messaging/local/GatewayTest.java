package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

class GatewayTest {

    private static Vertx vertx;
    private static HttpServer echo;
    private static HttpServer events;
    private static Gateway gateway;
    private static final CompletableFuture<Void> releaseSecondEvent = new CompletableFuture<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        // An upstream that echoes what reached it.
        echo = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> request.response()
                .putHeader("Content-Type", "text/plain")
                .end(request.method() + " " + request.uri() + " auth=" + request.getHeader("Authorization")
                        + " body=" + body.toString()))).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        // An upstream that streams Server-Sent Events: the first at once, the second only when the test says so.
        events = vertx.createHttpServer().requestHandler(request -> {
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            request.response().write("data: first\n\n");
            releaseSecondEvent.thenRun(() -> vertx.runOnContext(v -> request.response().end("data: second\n\n")));
        }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        gateway = Gateway.start(0, List.of(
                new Gateway.Route("/api/echo", "echo-service", echo.actualPort()),
                new Gateway.Route("/api/events", "event-service", events.actualPort()),
                new Gateway.Route("/api/down", "down-service", 1)));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void routesByPrefixWithoutRewritingAndPassesTheTokenAndBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/echo/rules?limit=5"))
                .header("Authorization", "Bearer abc.def.ghi")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("POST /api/echo/rules?limit=5 auth=Bearer abc.def.ghi body={\"name\":\"x\"}", response.body());
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/echoes")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aServiceThatIsDownIsABadGatewayProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/down/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(502, response.statusCode());
        assertTrue(response.body().contains("down-service"), response.body());
    }

    @Test
    void eventStreamsPassThroughAsTheyAreWritten() throws Exception {
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(uri("/api/events/stream")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // The first event arrives while the upstream still holds the stream open: nothing is buffered.
            assertEquals("data: first", lines.readLine());
            releaseSecondEvent.complete(null);
            assertEquals("", lines.readLine());
            assertEquals("data: second", lines.readLine());
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + gateway.port() + path);
    }
}
