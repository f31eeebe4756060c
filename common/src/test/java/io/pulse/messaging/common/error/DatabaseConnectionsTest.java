package io.pulse.messaging.common.error;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The application's connections carry the configured timeouts, and PostgreSQL ending the connection a request is using
 * (a restart, a failover, an administrator's {@code pg_terminate_backend}) is an outage like any other: 503
 * {@code database-unavailable}, never a 500.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseConnectionsTest {

    private static final String SLEEPING = "select pid from pg_stat_activity where usename = current_user"
            + " and pid <> pg_backend_pid() and query like '%pg_sleep%'";

    @Test
    void connectionsCarryTheTimeoutsAndTheServiceName() {
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID())).when().get("/api/test-db/settings")
                .then().statusCode(200)
                .body("statement_timeout", equalTo("10s"))
                .body("lock_timeout", equalTo("3s"))
                .body("idle_in_transaction_session_timeout", equalTo("30s"))
                .body("application_name", equalTo("common-test"));
    }

    @Test
    void aConnectionTerminatedMidRequestIsServiceUnavailable() throws Exception {
        String token = TestTokens.forUser(UUID.randomUUID());
        CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                .queryParam("seconds", 8).when().get("/api/test-db/sleep"));
        try (Connection app = TestDatabase.asAppRole(null)) {
            app.setAutoCommit(true); // each poll sees fresh activity, not one transaction's snapshot
            // The app role may end its own sessions, as an administrator or a restart would.
            await().atMost(Duration.ofSeconds(20)).until(() -> !TestDatabase.column(app, SLEEPING).isEmpty());
            List<Object> ended = TestDatabase.column(app, "select pg_terminate_backend(pid) from (" + SLEEPING + ") s");
            assertEquals(List.of(true), ended);
        }
        request.get(30, TimeUnit.SECONDS).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:pulse:problem:database-unavailable"));
        // The pool replaces the lost connection: the next request works.
        given().auth().oauth2(token).queryParam("seconds", 0).when().get("/api/test-db/sleep")
                .then().statusCode(200).body("result", equalTo("slept"));
    }
}
