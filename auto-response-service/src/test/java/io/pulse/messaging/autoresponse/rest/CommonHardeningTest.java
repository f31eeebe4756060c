package io.pulse.messaging.autoresponse.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The hardening that common gives every service, seen through this service's own endpoints: strict JSON, the header
 * limit as a problem, the database readiness check, and metrics that never show a raw path.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CommonHardeningTest {

    private static final String RULES = "/api/auto-responses/rules";

    private final String token = TestTokens.forUser(UUID.randomUUID());

    @Test
    void rulesAreReadAsStrictJsonAndNothingIsStoredFromARefusedBody() {
        createRule("{\"name\":\"a\",\"template\":\"t\"} {\"name\":\"b\",\"template\":\"t\"}").statusCode(400)
                .body("type", equalTo("urn:pulse:problem:malformed-json"));
        createRule("{\"name\":\"a\",\"name\":\"b\",\"template\":\"t\"}").statusCode(400)
                .body("type", equalTo("urn:pulse:problem:malformed-json"));
        createRule("{\"name\":\"a\",\"template\":\"t\",\"priority\":1.5}").statusCode(400).body("errors.field", hasItem("priority"));
        createRule("{\"name\":\"a\",\"template\":\"t\",\"enabled\":\"true\"}").statusCode(400).body("errors.field", hasItem("enabled"));
        createRule("{\"name\":\"a\",\"template\":\"t\",\"enabled\":1}").statusCode(400).body("errors.field", hasItem("enabled"));
        createRule("{\"name\":\"\\ud800\",\"template\":\"t\"}").statusCode(400).body("errors.field", hasItem("name"));
        createRule("{\"name\":\"a\",\"template\":\"t\\udc00\"}").statusCode(400).body("errors.field", hasItem("template"));
        given().auth().oauth2(token).when().get(RULES).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aHugeTokenIsAHeadersTooLargeProblem() {
        given().header("Authorization", "Bearer " + "x".repeat(100 * 1024)).when().get(RULES)
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:headers-too-large"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("Database"));
    }

    @Test
    void metricsNeverShowARawPath() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(token).when().get(RULES + "/" + id + "/nothing").then().statusCode(404);
        given().when().get(RULES + "/" + id).then().statusCode(401);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                .when().put(RULES + "/" + id).then().statusCode(413);
        given().when().get("/q/metrics").then().statusCode(200).body(not(containsString(id)));
    }

    private ValidatableResponse createRule(String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).when().post(RULES)
                .then().contentType("application/problem+json");
    }
}
