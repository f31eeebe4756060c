package io.pulse.messaging.common.http;

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
 * JSON bodies are read strictly: no value is coerced from another JSON type, nothing may follow the value, no field
 * may appear twice, and text must be valid Unicode (a lone UTF-16 surrogate, such as the escape backslash-ud800, would
 * be stored as '?'). Each is a 400 problem that says what is wrong, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class StrictJsonTest {

    private final String token = TestTokens.forUser(UUID.randomUUID());

    @Test
    void wellFormedValuesAreRead() {
        send("{\"count\":2,\"size\":3,\"flag\":true,\"name\":\"ok \\ud83d\\ude00\",\"ratio\":1,\"numbers\":[1,2],"
                + "\"words\":[\"a\"],\"labels\":{\"k\":\"v\"}}")
                .statusCode(200)
                .body("count", equalTo(2))
                .body("name", equalTo("ok \uD83D\uDE00"))
                .body("ratio", equalTo(1.0f));
    }

    @Test
    void scalarsOfAnotherTypeAreNamedFields() {
        invalidField("{\"count\":1.5}", "count");
        invalidField("{\"size\":2.0}", "size");
        invalidField("{\"count\":\"1\"}", "count");
        invalidField("{\"flag\":\"true\"}", "flag");
        invalidField("{\"flag\":1}", "flag");
        invalidField("{\"name\":5}", "name");
        invalidField("{\"name\":true}", "name");
        invalidField("{\"ratio\":\"0.5\"}", "ratio");
        invalidField("{\"numbers\":[1,2.5]}", "numbers[1]");
        invalidField("{\"words\":[\"a\",7]}", "words[1]");
    }

    @Test
    void numbersOutOfRangeAreNamedFields() {
        invalidField("{\"count\":99999999999}", "count").body("errors[0].message", containsString("range"));
        invalidField("{\"numbers\":[1,-99999999999]}", "numbers[1]");
    }

    @Test
    void deepNestingIsRefused() {
        send("{\"labels\":" + "[".repeat(5000) + "]".repeat(5000) + "}").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAreProblems() {
        for (String limit : new String[] {"abc", "1.5", "99999999999", "0", "201"}) {
            given().auth().oauth2(token).queryParam("limit", limit).when().get("/api/test-notes")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void contentAfterTheValueIsMalformed() {
        malformed("{\"count\":1}{\"count\":2}", "after its JSON value");
        malformed("{\"count\":1} 2", "after its JSON value");
        malformed("{\"count\":1} trailing", "not valid JSON");
        malformed("{\"count\":1}]", "not valid JSON");
    }

    @Test
    void aRepeatedFieldIsMalformed() {
        malformed("{\"count\":1,\"count\":2}", "'count' more than once");
    }

    @Test
    void loneSurrogatesAreRefused() {
        invalidField("{\"name\":\"\\ud800\"}", "name").body("errors[0].message", containsString("surrogate"));
        invalidField("{\"name\":\"a\\udc00b\"}", "name");
        invalidField("{\"name\":\"\\ude00\\ud83d\"}", "name");
        invalidField("{\"words\":[\"ok\",\"\\udbff\"]}", "words[1]");
        invalidField("{\"labels\":{\"k\":\"\\ud800\"}}", "labels.k");
        // In a key, Jackson's own parser refuses the broken pair: malformed JSON.
        send("{\"labels\":{\"\\ud800\":\"v\"}}").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNulCharacterIsRefused() {
        // PostgreSQL cannot store U+0000 in text or jsonb: refused up front, naming the field.
        invalidField("{\"name\":\"a\\u0000b\"}", "name").body("errors[0].message", containsString("U+0000"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"a\\u0000b\"}")
                .when().post("/api/test-notes").then().statusCode(400).body("errors.field", hasItem("title"));
    }

    @Test
    void nothingIsStoredFromARefusedBody() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"\\ud800\"}")
                .when().post("/api/test-notes").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"first\"} {\"title\":\"second\"}")
                .when().post("/api/test-notes").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/test-notes").then().statusCode(200).body("items", hasSize(0));
    }

    private ValidatableResponse send(String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/test-typed").then();
    }

    private ValidatableResponse invalidField(String body, String field) {
        return send(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("java.")));
    }

    private void malformed(String body, String detail) {
        send(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:malformed-json"))
                .body("detail", containsString(detail))
                .body("detail", not(containsString("java.")));
    }
}
