package io.pulse.messaging.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the database gone, requests get a 503 problem and readiness reports DOWN; nothing hangs. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) has nothing listening: every connection is refused.
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/pulse",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/pulse",
                    "quarkus.flyway.migrate-at-start", "false");
        }
    }

    @Test
    void requestsGetServiceUnavailable() {
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID()))
                .when().get("/api/test-notes")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:pulse:problem:database-unavailable"));
    }

    @Test
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
