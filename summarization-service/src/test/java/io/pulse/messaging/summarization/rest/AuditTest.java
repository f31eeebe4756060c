package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET /api/summaries/audit: a deleted summary is recorded (its id, never its text), newest first, for its owner only. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTest {

    private static final String AUDIT = "/api/summaries/audit";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static String summary(UUID user) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Threads.request(UUID.randomUUID(), Threads.launch()))
                .when().post("/api/summaries").then().statusCode(201).extract().path("id");
    }

    private static void delete(String token, String id, int status) {
        given().auth().oauth2(token).when().delete("/api/summaries/" + id).then().statusCode(status);
    }

    @Test
    void deletedSummariesAreInTheOwnersTrailNewestFirstAndNobodyElses() {
        String first = summary(alice);
        String second = summary(alice);
        String third = summary(alice);
        summary(alice); // kept: no entry
        String aliceToken = TestTokens.forUser(alice);
        delete(aliceToken, first, 204);
        delete(aliceToken, second, 204);
        given().auth().oauth2(TestTokens.service()).header("X-Pulse-Act-For", alice.toString())
                .when().delete("/api/summaries/" + third).then().statusCode(204);
        delete(aliceToken, first, 404); // already gone: nothing recorded
        delete(TestTokens.forUser(bob), summary(bob), 204);

        String cursor = given().auth().oauth2(aliceToken).queryParam("limit", 2).when().get(AUDIT)
                .then().statusCode(200)
                .body("items.targetId", equalTo(List.of(third, second)),
                        "items.action", equalTo(List.of("summary.deleted", "summary.deleted")),
                        "items.targetType", equalTo(List.of("summary", "summary")),
                        "items[0].actor", startsWith("service:"),
                        "items[1].actor", equalTo("user:" + alice),
                        "items[0].changes", equalTo(Map.of()), "items[1].changes", equalTo(Map.of()))
                .extract().path("nextCursor");
        given().auth().oauth2(aliceToken).queryParam("limit", 2).queryParam("cursor", cursor).when().get(AUDIT)
                .then().statusCode(200).body("items.targetId", equalTo(List.of(first)), "nextCursor", nullValue());
        given().auth().oauth2(TestTokens.forUser(bob)).when().get(AUDIT)
                .then().statusCode(200).body("items.size()", equalTo(1), "items[0].actor", equalTo("user:" + bob));
        given().auth().oauth2(TestTokens.forUser(UUID.randomUUID())).when().get(AUDIT)
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(aliceToken).when().get(AUDIT + "?cursor=nonsense")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
