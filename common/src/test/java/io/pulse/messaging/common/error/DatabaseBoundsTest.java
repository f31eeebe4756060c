package io.pulse.messaging.common.error;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Back-pressure: past the pool's bounds and the connections' timeouts a request is answered 503 with Retry-After
 * at once, instead of waiting without limit. The profile shrinks every bound so that the test stays short.
 */
@QuarkusTest
@TestProfile(DatabaseBoundsTest.TightBounds.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseBoundsTest {

    public static class TightBounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.max-size", "1",
                    "pulse.database.pool.max-wait-queue", "1",
                    "pulse.database.pool.acquire-timeout", "500ms",
                    "quarkus.datasource.reactive.additional-properties.statement_timeout", "1s",
                    "quarkus.datasource.reactive.additional-properties.lock_timeout", "1s",
                    "quarkus.datasource.reactive.additional-properties.idle_in_transaction_session_timeout", "3s");
        }
    }

    private static final String HOLDING = "select 1 from pg_stat_activity where usename = current_user"
            + " and application_name = 'common-test' and state = 'idle in transaction'";

    private final UUID user = UUID.randomUUID();
    private final String token = TestTokens.forUser(user);

    @Test
    void aStatementPastTheStatementTimeoutIsServiceUnavailable() {
        busy(given().auth().oauth2(token).queryParam("seconds", 30).when().get("/api/test-db/sleep").then());
    }

    @Test
    void aRowLockedPastTheLockTimeoutIsServiceUnavailable() throws Exception {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"locked\"}")
                .when().post("/api/test-notes").then().statusCode(201).extract().path("id");
        try (Connection other = TestDatabase.asAppRole(user)) {
            TestDatabase.column(other, "select id from common_test.notes where id = ?::uuid for update", id);
            busy(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"changed\"}")
                    .when().put("/api/test-notes/" + id).then());
            other.rollback();
        }
        given().auth().oauth2(token).when().get("/api/test-notes/" + id).then().statusCode(200).body("title", equalTo("locked"));
    }

    @Test
    void aFullPoolAndAFullQueueAnswerAtOnce() throws Exception {
        // The pool's one connection is held by a transaction that stays open without running a statement ...
        CompletableFuture<Response> holder = async(() -> given().auth().oauth2(token).queryParam("millis", 5000)
                .when().get("/api/test-db/hold"));
        try (Connection app = TestDatabase.asAppRole(null)) {
            app.setAutoCommit(true);
            await().atMost(Duration.ofSeconds(20)).until(() -> !TestDatabase.column(app, HOLDING).isEmpty());
        }
        // ... so of two more requests one waits its 500 ms in the queue of one and the other finds the queue full.
        CompletableFuture<Response> first = async(() -> given().auth().oauth2(token).when().get("/api/test-notes"));
        CompletableFuture<Response> second = async(() -> given().auth().oauth2(token).when().get("/api/test-notes"));
        busy(first.get(20, TimeUnit.SECONDS).then());
        busy(second.get(20, TimeUnit.SECONDS).then());
        // Readiness has a connection of its own: a saturated pool is load, not unreadiness.
        given().when().get("/q/health/ready").then().statusCode(200);
        // The holder stayed idle in its transaction past idle_in_transaction_session_timeout: the server ended it.
        holder.get(30, TimeUnit.SECONDS).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:database-unavailable"));
        given().auth().oauth2(token).when().get("/api/test-notes").then().statusCode(200);
    }

    private static void busy(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:pulse:problem:database-unavailable"))
                .body("detail", containsString("busy"));
    }

    private static CompletableFuture<Response> async(Supplier<Response> request) {
        return CompletableFuture.supplyAsync(request);
    }
}
