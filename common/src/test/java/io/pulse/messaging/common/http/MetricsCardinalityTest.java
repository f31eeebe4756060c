package io.pulse.messaging.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The unauthenticated {@code /q/metrics} never shows a raw request path: a request no route matched (404, 401, 405)
 * or one refused before routing (413) is counted under a fixed uri tag, so nobody can read ids from the metrics or
 * fill the registry's cap on uri tags with paths of their choosing.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MetricsCardinalityTest {

    private static final Pattern URI_TAG = Pattern.compile("uri=\"([^\"]*)\"");

    @Test
    void unroutedAndRefusedRequestsLeaveNoRawPathInTheMetrics() {
        String token = TestTokens.forUser(UUID.randomUUID());
        given().auth().oauth2(token).when().get("/api/test-notes").then().statusCode(200);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            given().auth().oauth2(token).when().get("/api/test-notes/" + id + "/unrouted").then().statusCode(404);
            given().when().get("/api/sessions/" + id).then().statusCode(401);
            given().when().get("/nothing/" + id).then().statusCode(404);
            given().auth().oauth2(token).when().delete("/api/test-notes/" + id + "/x").then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).when().patch("/api/test-notes/" + id).then().statusCode(405);
            // A body over the limit for a templated path is refused before it is routed.
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"title\":\"" + "x".repeat(20_000) + "\"}")
                    .when().put("/api/test-notes/" + id).then().statusCode(413);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> uris = new ArrayList<>();
        Matcher tags = URI_TAG.matcher(metrics);
        while (tags.find()) {
            uris.add(tags.group(1));
        }
        assertTrue(uris.contains("/api/test-notes"), "templated routes are still counted: " + uris);
        for (String uri : uris) {
            for (String id : ids) {
                assertFalse(uri.contains(id), "a raw path is in the metrics: " + uri);
            }
        }
    }
}
