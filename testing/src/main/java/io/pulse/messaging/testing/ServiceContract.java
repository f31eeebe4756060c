package io.pulse.messaging.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What every Pulse service promises its operators and clients, checked the same way in each: readiness that
 * checks the database, liveness, OpenAPI and Swagger UI, Prometheus metrics, 401 problem documents under its
 * prefix, its own Flyway history in its own schema, and row-level security on every table. A service's test
 * extends this with {@code @QuarkusTest} and {@code @WithTestResource(PulseTestResource.class)}.
 */
public abstract class ServiceContract {

    /** The service's API prefix, for example {@code /api/summaries}. */
    protected abstract String apiPrefix();

    /** The service's database schema, for example {@code summarization}. */
    protected abstract String schema();

    /**
     * Ready within 30 s of the start (a service may be down until something it loads in the background is there, as
     * intelligence's embedding model), then up with the database among its checks.
     */
    @Test
    void readinessIsUpAndChecksTheDatabase() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiAndSwaggerUiAnswer() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", notNullValue())
                .body("components.securitySchemes.bearer", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void prometheusMetricsAnswer() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void apiWithoutATokenIsAProblem() {
        given().when().get(apiPrefix() + "/anything")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void migrationsRanInTheServicesOwnSchema() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            List<Object> applied = TestDatabase.column(owner,
                    "select count(*) from " + schema() + ".flyway_schema_history where success");
            assertTrue(((Number) applied.get(0)).longValue() > 0, "Flyway history in schema " + schema());
        }
    }

    @Test
    void everyTableIsProtectedByRowLevelSecurity() throws SQLException {
        assertEquals(List.of(), TestDatabase.unprotectedTables(schema()),
                "tables without forced RLS and an app-role policy");
    }
}
