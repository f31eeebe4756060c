package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import io.vertx.core.net.NetServer;

/**
 * A service that is down, silent, or drops the connection is a quick 502 or 504 problem, never a hang; an event stream
 * outlives the wait for an answer's start, and a client that leaves one releases the service's end of it.
 */
class GatewayFailuresTest {

    private static final Duration ANSWER_TIMEOUT = Duration.ofMillis(500);

    private static Vertx vertx;
    private static Gateway gateway;
    private static final CompletableFuture<Void> streamReleased = new CompletableFuture<>();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        // Answers everything except /slow, which it never answers.
        HttpServer sometimesSilent = vertx.createHttpServer().requestHandler(request -> {
            if (!request.path().endsWith("/slow")) {
                request.response().end("ok");
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        // Reads a request, then closes the connection without a word.
        NetServer dropping = vertx.createNetServer().connectHandler(socket -> socket.handler(data -> socket.close()))
                .listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        // An event stream: one event at once, the next one after longer than the gateway waits for an answer to start.
        HttpServer events = vertx.createHttpServer().requestHandler(request -> {
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream").write("data: first\n\n");
            request.response().closeHandler(closed -> streamReleased.complete(null));
            vertx.setTimer(3 * ANSWER_TIMEOUT.toMillis(), id -> {
                if (!request.response().closed()) {
                    request.response().write("data: later\n\n");
                }
            });
        }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        gateway = Gateway.start(0, List.of(
                new Gateway.Route("/api/down", "down-service", 1),
                new Gateway.Route("/api/silent", "silent-service", sometimesSilent.actualPort()),
                new Gateway.Route("/api/dropping", "dropping-service", dropping.actualPort()),
                new Gateway.Route("/api/events", "event-service", events.actualPort())), ANSWER_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void aServiceThatIsDownIsAQuickBadGatewayProblem() throws Exception {
        long started = System.nanoTime();
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/down/x", "");
        GatewayLimitsTest.assertProblem(response, 502);
        assertTrue(response.body().contains("down-service"), response.body());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "took too long");
    }

    @Test
    void aSilentServiceIsAGatewayTimeoutProblemAndTheRouteStillWorks() throws Exception {
        long started = System.nanoTime();
        GatewayLimitsTest.assertProblem(RawHttp.get(gateway.port(), "/api/silent/slow", ""), 504);
        long waited = System.nanoTime() - started;
        assertTrue(waited >= ANSWER_TIMEOUT.toNanos() && waited < ANSWER_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(3),
                "waited " + waited / 1_000_000 + " ms");
        assertEquals(200, RawHttp.get(gateway.port(), "/api/silent/fast", "").status());
    }

    @Test
    void aServiceThatDropsTheConnectionIsABadGatewayProblem() throws Exception {
        GatewayLimitsTest.assertProblem(RawHttp.get(gateway.port(), "/api/dropping/x", ""), 502);
    }

    @Test
    void anEventStreamOutlivesTheAnswerTimeoutAndIsReleasedWhenItsClientLeaves() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", gateway.port()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/events/stream HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(lines.readLine().startsWith("HTTP/1.1 200"));
            assertTrue(readUntilData(lines).contains("data: first"));
            assertTrue(readUntilData(lines).contains("data: later"));
        }
        streamReleased.get(5, TimeUnit.SECONDS);
    }

    /** Reads lines (headers, chunk sizes) until one with an event's data; returns it. */
    private static String readUntilData(BufferedReader lines) throws Exception {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.contains("data: ")) {
                return line;
            }
        }
        return "";
    }
}
