package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * The gateway routes the path the service will see: dot segments, raw or percent-encoded, never reach a service
 * (where they would resolve to another prefix or to the service's own {@code /q} endpoints); they are a 400 problem.
 */
class GatewayPathTest {

    private static Vertx vertx;
    private static Gateway gateway;
    private static final AtomicInteger reached = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        HttpServer echo = vertx.createHttpServer().requestHandler(request -> {
            reached.incrementAndGet();
            request.response().end(request.uri());
        }).listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        gateway = Gateway.start(0, List.of(
                new Gateway.Route("/api/brainstorm", "brainstorm-service", echo.actualPort()),
                new Gateway.Route("/api/intelligence", "intelligence-service", echo.actualPort())));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/brainstorm/../../q/metrics",
            "/api/intelligence/../../q/openapi",
            "/api/brainstorm/../intelligence/conversations",
            "/api/brainstorm/%2e%2e/%2e%2e/q/metrics",
            "/api/brainstorm/%2E%2E/%2E%2E/q/metrics",
            "/api/brainstorm/.%2e/.%2e/q/metrics",
            "/api/brainstorm/..%2f..%2fq/metrics",
            "/api/brainstorm%2f..%2f..%2fq%2fmetrics",
            "/api/brainstorm/%252e%252e/%252e%252e/q/metrics",
            "/api/brainstorm/sessions/..",
            "/api/brainstorm/./sessions",
            "/api/brainstorm/..;/..;/q/metrics",
            "http://localhost/api/brainstorm/../../q/metrics",
            "/api/brainstorm/../../q/metrics?x=1"})
    void dotSegmentsAreRefusedBeforeRouting(String target) throws Exception {
        int before = reached.get();
        GatewayLimitsTest.assertProblem(RawHttp.get(gateway.port(), target, ""), 400);
        assertEquals(before, reached.get(), "the service was reached");
    }

    @Test
    void aMalformedEscapeIsRefused() throws Exception {
        GatewayLimitsTest.assertProblem(RawHttp.get(gateway.port(), "/api/brainstorm/%zz", ""), 400);
    }

    @Test
    void anOrdinaryPathPassesUnchangedWithItsEscapesAndQuery() throws Exception {
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/brainstorm/sessions/a%20b.c?q=../x", "");
        assertEquals(200, response.status());
        assertEquals("/api/brainstorm/sessions/a%20b.c?q=../x", response.body());
    }

    @Test
    void anUnroutedPathIsANotFoundProblem() throws Exception {
        GatewayLimitsTest.assertProblem(RawHttp.get(gateway.port(), "/q/metrics", ""), 404);
    }
}
