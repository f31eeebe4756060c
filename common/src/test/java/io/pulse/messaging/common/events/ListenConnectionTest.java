package io.pulse.messaging.common.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;

/**
 * The one LISTEN connection goes to {@code pulse.events.listen-url} when it is set (PostgreSQL itself, while the pool
 * goes through a transaction-mode pooler), else to the pool's URL. Both point at closed ports here: the failure of
 * the subscription names the port that was tried.
 */
class ListenConnectionTest {

    private static final String KEY = "a-test-key-of-more-than-thirty-two-characters";
    private static Vertx vertx;
    private static int poolPort;
    private static int listenPort;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            poolPort = a.getLocalPort();
            listenPort = b.getLocalPort();
        } // both closed again: connections to them are refused
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void listensWhereTheListenUrlSaysWhenItIsSet() {
        String failure = firstFailure(Optional.of("postgresql://127.0.0.1:" + listenPort + "/pulse"));
        assertTrue(failure.contains(Integer.toString(listenPort)), failure);
    }

    @Test
    void listensWhereThePoolGoesOtherwise() {
        assertTrue(firstFailure(Optional.of(" ")).contains(Integer.toString(poolPort)));
        assertTrue(firstFailure(Optional.empty()).contains(Integer.toString(poolPort)));
    }

    private static String firstFailure(Optional<String> listenUrl) {
        LiveEvents events = new LiveEvents(vertx, "vertx-reactive:postgresql://127.0.0.1:" + poolPort + "/pulse", listenUrl,
                "pulse_app", "", Optional.of(KEY), Optional.empty(), Duration.ofMinutes(2), Clock.systemUTC(),
                new SimpleMeterRegistry());
        try {
            events.subscribe("ideas", "topic").collect().first().await().atMost(Duration.ofSeconds(20));
            return "subscribed";
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()) + " " + e.getCause();
        }
    }
}
