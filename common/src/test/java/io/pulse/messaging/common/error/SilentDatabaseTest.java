package io.pulse.messaging.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A database that accepts connections and never answers (a frozen server, SIGSTOP): readiness still answers promptly
 * (DOWN), and requests get a 503 instead of waiting without end. The bounds asserted are generous; the configured
 * ones are 800 ms for readiness and, in this profile, 1 s to wait for a connection.
 */
@QuarkusTest
@TestProfile(SilentDatabaseTest.Silent.class)
class SilentDatabaseTest {

    private static final Duration GENEROUS = Duration.ofSeconds(8);

    public static class Silent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + SilentServer.PORT + "/pulse",
                    // Flyway's start-up uses JDBC: a refused port, so that the start does not hang.
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/pulse",
                    "quarkus.flyway.migrate-at-start", "false",
                    "pulse.database.pool.acquire-timeout", "1s");
        }
    }

    /** Accepts every connection and keeps it open without reading or writing a byte. */
    static final class SilentServer {
        static final int PORT;
        private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

        static {
            try {
                ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                PORT = server.getLocalPort();
                Thread acceptor = new Thread(() -> {
                    while (true) {
                        try {
                            HELD.add(server.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                }, "silent-database");
                acceptor.setDaemon(true);
                acceptor.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private SilentServer() {
        }
    }

    @Test
    void readinessAnswersDownPromptly() {
        for (int i = 0; i < 3; i++) { // the first check starts an attempt; the next ones find it still hanging
            long started = System.nanoTime();
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.name", hasItem("Database"));
            assertPrompt(started, "readiness");
        }
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void requestsAreAnsweredServiceUnavailable() {
        long started = System.nanoTime();
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID()))
                .when().get("/api/test-notes")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:pulse:problem:database-unavailable"));
        assertPrompt(started, "a request");
    }

    private static void assertPrompt(long started, String what) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(GENEROUS) < 0, what + " took " + took.toMillis() + " ms with a silent database");
    }
}
