package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * The gateway's limits: headers up to {@link Gateway#MAX_HEADER_BYTES} in total pass through as they would reach the
 * service directly, larger ones get a 431 problem; a request line that is too long gets a 414 problem; a body is not
 * limited by the gateway, and the service's own 413 reaches the client.
 */
class GatewayLimitsTest {

    private static Vertx vertx;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        HttpServer echo = vertx.createHttpServer(new io.vertx.core.http.HttpServerOptions().setMaxHeaderSize(64 * 1024))
                .requestHandler(request -> {
                    if (request.getHeader("Content-Length") != null && Long.parseLong(request.getHeader("Content-Length")) > 1024) {
                        // What Quarkus does past quarkus.http.limits.max-body-size: a 413 at once, then the connection closes.
                        request.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                                .putHeader("Connection", "close").end("{\"status\":413}");
                        return;
                    }
                    String auth = request.getHeader("Authorization");
                    request.response().end("auth-length=" + (auth == null ? 0 : auth.length()));
                }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        gateway = Gateway.start(0, List.of(new Gateway.Route("/api/echo", "echo-service", echo.actualPort())));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void aTwentyKilobyteTokenPassesThrough() throws Exception {
        String token = "x".repeat(20 * 1024);
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/echo/rules", "Authorization: Bearer " + token + "\r\n");
        assertEquals(200, response.status(), response.body());
        assertEquals("auth-length=" + ("Bearer " + token).length(), response.body());
    }

    @Test
    void headersPastTheLimitAreA431Problem() throws Exception {
        String token = "x".repeat(100 * 1024);
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/echo/rules", "Authorization: Bearer " + token + "\r\n");
        assertProblem(response, 431);
    }

    @Test
    void aRequestLineThatIsTooLongIsA414Problem() throws Exception {
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/echo/" + "a".repeat(10_000), "");
        assertProblem(response, 414);
    }

    @Test
    void aMalformedRequestIsA400Problem() throws Exception {
        RawHttp.Response response = RawHttp.send(gateway.port(), "GET /api/echo/x HTTP/1.1\r\nHost: x\r\nbad header\r\n\r\n");
        assertProblem(response, 400);
    }

    /** Framing that two HTTP parsers could read differently (request smuggling) is refused before any routing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n",
            "Content-Length: 4\r\nContent-Length: 40\r\n",
            "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
            "Transfer-Encoding: gzip\r\n"})
    void ambiguousFramingIsA400Problem(String framing) throws Exception {
        RawHttp.Response response = RawHttp.send(gateway.port(), "POST /api/echo/rules HTTP/1.1\r\nHost: x\r\n" + framing
                + "Connection: close\r\n\r\n4\r\nabcd\r\n0\r\n\r\nGET /api/echo/smuggled HTTP/1.1\r\nHost: x\r\n\r\n");
        assertProblem(response, 400);
    }

    @Test
    void theServicesOwnBodyLimitReachesTheClient() throws Exception {
        String body = "y".repeat(20_000);
        RawHttp.Response response = RawHttp.send(gateway.port(), "POST /api/echo/rules HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(413, response.status());
        assertEquals("{\"status\":413}", response.body());
    }

    static void assertProblem(RawHttp.Response response, int status) {
        assertEquals(status, response.status(), response.headers());
        assertEquals("application/problem+json", response.header("content-type"), response.headers());
        JsonObject problem = new JsonObject(response.body());
        assertEquals(status, problem.getInteger("status"), response.body());
        assertTrue(problem.getString("type").startsWith("urn:pulse:problem:"), response.body());
        assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank(), response.body());
    }
}
