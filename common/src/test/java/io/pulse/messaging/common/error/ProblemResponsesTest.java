package io.pulse.messaging.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

    private final String token = TestTokens.forUser(UUID.randomUUID());

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"\",\"body\":\"" + "x".repeat(1001) + "\"}")
                .when().post("/api/test-notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:validation"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItems("title", "body"));
        given().auth().oauth2(token).when().get("/api/test-notes").then().body("items", hasSize(0));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\": \"unterminated")
                .when().post("/api/test-notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:malformed-json"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void unknownAndMistypedFieldsAreNamed() {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"ok\",\"colour\":\"red\"}")
                .when().post("/api/test-notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("colour"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":[1,2]}")
                .when().post("/api/test-notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void badPathParameterIsABadRequestOrNotFound() {
        given().auth().oauth2(token).when().get("/api/test-notes/not-a-uuid")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
                .contentType("application/problem+json");
    }

    @Test
    void duplicateIsAConflict() {
        String body = "{\"title\":\"only once\"}";
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/test-notes")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/test-notes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:conflict"))
                .body("detail", not(containsString("notes_title_unique_per_user")));
    }

    @Test
    void bodyOverTheLimitIsTooLarge() {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"big\",\"body\":\"" + "x".repeat(20_000) + "\"}")
                .when().post("/api/test-notes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:payload-too-large"));
    }

    @Test
    void unexpectedErrorsCarryAnIdAndNoInternals() {
        given().auth().oauth2(token).when().get("/api/test-notes/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:internal"))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().auth().oauth2(token).when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathOutsideTheApiIsAProblem() {
        given().when().get("/nothing-here/at-all")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:not-found"));
        given().when().get("/q/health/ready").then().statusCode(200); // what is served stays served
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        given().auth().oauth2(token).when().patch("/api/test-notes")
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.TEXT).body("title").when().post("/api/test-notes")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void openApiDocumentsTheProblemAnswers() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Problem", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/test-notes'.post.responses.'401'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
    }
}
