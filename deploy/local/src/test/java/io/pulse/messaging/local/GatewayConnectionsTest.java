package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

/**
 * The gateway under concurrent clients that do and do not keep their connections: every request is answered by the
 * service behind it (a client closing its connection must never break another client's exchange, which shares the
 * gateway's pooled connections to the service, nor may a client that leaves in the middle of an answer).
 */
class GatewayConnectionsTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 50;
    private static final int LARGE_ANSWER_BYTES = 1024 * 1024;
    private static final long SLOW_ANSWER_MS = 50;

    private static Vertx vertx;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Buffer large = Buffer.buffer(new byte[LARGE_ANSWER_BYTES]);
        HttpServer echo = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().endsWith("/large")) {
                request.response().end(large);
            } else if (request.path().endsWith("/slow")) {
                request.body().onSuccess(body -> vertx.setTimer(SLOW_ANSWER_MS,
                        id -> request.response().putHeader("Content-Type", "text/plain").end("slow " + body.length())));
            } else {
                request.response().putHeader("Content-Type", "text/plain").end("ok " + request.path());
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        gateway = Gateway.start(0, List.of(new Gateway.Route("/api/echo", "echo-service", echo.actualPort())));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void clientsThatOpenAConnectionPerRequestAreAllAnswered() throws Exception {
        List<Callable<Map<Integer, Integer>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            clients.add(GatewayConnectionsTest::closingClient);
        }
        assertEquals(Map.of(200, THREADS * REQUESTS_PER_THREAD), run(clients));
    }

    @Test
    void keepAliveClientsAreAllAnsweredWhileOthersCloseTheirConnections() throws Exception {
        List<Callable<Map<Integer, Integer>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS / 2; t++) {
            clients.add(GatewayConnectionsTest::closingClient);
            clients.add(GatewayConnectionsTest::keepAliveClient);
        }
        assertEquals(Map.of(200, THREADS * REQUESTS_PER_THREAD), run(clients));
    }

    @Test
    void keepAliveClientsAreAllAnsweredWhileOthersLeaveInTheMiddleOfAnAnswer() throws Exception {
        List<Callable<Map<Integer, Integer>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS / 2; t++) {
            clients.add(GatewayConnectionsTest::leavingClient);
            clients.add(GatewayConnectionsTest::keepAliveClient);
        }
        assertEquals(Map.of(200, THREADS / 2 * REQUESTS_PER_THREAD), run(clients));
    }

    @Test
    void keepAliveClientsAreAllAnsweredWhileOthersLeaveBeforeTheirAnswerCame() throws Exception {
        List<Callable<Map<Integer, Integer>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS / 2; t++) {
            clients.add(GatewayConnectionsTest::impatientClient);
            clients.add(GatewayConnectionsTest::keepAliveClient);
        }
        assertEquals(Map.of(200, THREADS / 2 * REQUESTS_PER_THREAD), run(clients));
    }

    /** Counts of each status the clients got, all of them run together. */
    private static Map<Integer, Integer> run(List<Callable<Map<Integer, Integer>>> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Map<Integer, Integer>> client : pool.invokeAll(clients, 2, TimeUnit.MINUTES)) {
                client.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> closingClient() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            statuses.merge(RawHttp.get(gateway.port(), "/api/echo/" + i, "").status(), 1, Integer::sum);
        }
        return statuses;
    }

    /** Asks for a large answer, reads a part of it (a little more each time) and drops the connection. */
    private static Map<Integer, Integer> leavingClient() throws Exception {
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", gateway.port()), 5_000);
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write("GET /api/echo/large HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                socket.getInputStream().readNBytes(1000 + i * LARGE_ANSWER_BYTES / REQUESTS_PER_THREAD / 2);
                socket.setSoLinger(true, 0); // leaves with a reset, as a killed client does
            }
        }
        return Map.of();
    }

    /**
     * Sends a request with a body that the service answers after a while, and leaves with a reset: before the answer,
     * or once its first byte came.
     */
    private static Map<Integer, Integer> impatientClient() throws Exception {
        byte[] body = new byte[2048];
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", gateway.port()), 5_000);
                socket.getOutputStream().write(("POST /api/echo/slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                if (i % 2 == 0) {
                    socket.getInputStream().read(); // some wait for the answer to start, then leave in its middle
                }
                socket.setSoLinger(true, 0); // leaves with a reset, as wrk does when its run ends
            }
        }
        return Map.of();
    }

    private static Map<Integer, Integer> keepAliveClient() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/api/echo/" + i))
                    .timeout(Duration.ofSeconds(15)).build();
            statuses.merge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), 1, Integer::sum);
        }
        return statuses;
    }
}
