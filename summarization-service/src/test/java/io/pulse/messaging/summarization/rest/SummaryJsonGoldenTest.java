package io.pulse.messaging.summarization.rest;

import static io.pulse.messaging.summarization.Threads.CAROL;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.JsonGolden;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The JSON of every response shape of the hot endpoints, byte for byte (ids and instants masked): a computed and a
 * cached summary, the stored summary read again, a digest, a page, the cache statistics (a null boxed Double) and the
 * problems (404, 400 for a bad field, 400 for an unknown field). Recorded from the reflective serializers; the
 * generated ones must write the same bytes.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SummaryJsonGoldenTest {

    private final UUID user = UUID.randomUUID();

    private RequestSpecification as(UUID who) {
        return given().auth().oauth2(TestTokens.forUser(who)).contentType(ContentType.JSON);
    }

    private String post(String path, Object body, int status) {
        return as(user).body(body).when().post(path).then().statusCode(status).extract().asString();
    }

    @Test
    void aThreadSummaryItsCachedAnswerAndItsStoredCopy() {
        Map<String, Object> request = Threads.request(UUID.randomUUID(), Threads.launch());
        String created = post("/api/summaries", request, 201);
        JsonGolden.assertMatches("summary-thread-created", created);
        JsonGolden.assertMatches("summary-thread-cached", post("/api/summaries", request, 200));

        String id = JsonPath.from(created).getString("id");
        JsonGolden.assertMatches("summary-get", as(user).when().get("/api/summaries/" + id).then().statusCode(200).extract().asString());
        JsonGolden.assertMatches("summary-page", as(user).queryParam("limit", 1).when().get("/api/summaries")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aDigestAndItsCachedAnswer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "2026-11-25");
        body.put("timeZone", "America/New_York");
        body.put("highlightsPerConversation", 2);
        body.put("conversations", List.of(
                Map.of("conversationId", UUID.randomUUID().toString(), "title", "#random", "messages", chatter()),
                Map.of("conversationId", UUID.randomUUID().toString(), "title", "#launch", "messages", Threads.launch())));
        String created = as(CAROL).body(body).when().post("/api/summaries/digest").then().statusCode(201).extract().asString();
        JsonGolden.assertMatches("digest-created", created);
        JsonGolden.assertMatches("digest-cached", as(CAROL).body(body).when().post("/api/summaries/digest")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void cacheStatisticsWithAndWithoutARate() {
        JsonGolden.assertMatches("cache-stats-empty", as(user).when().get("/api/summaries/cache/stats")
                .then().statusCode(200).extract().asString());
        post("/api/summaries", Threads.request(UUID.randomUUID(), Threads.launch()), 201);
        JsonGolden.assertMatches("cache-stats-one-miss", as(user).when().get("/api/summaries/cache/stats")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void problems() {
        JsonGolden.assertMatches("problem-not-found", as(user).when().get("/api/summaries/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").extract().asString());
        Map<String, Object> unknown = new LinkedHashMap<>(Threads.request(UUID.randomUUID(), Threads.launch()));
        unknown.put("colour", "blue");
        JsonGolden.assertMatches("problem-unknown-field", as(user).body(unknown).when().post("/api/summaries")
                .then().statusCode(400).contentType("application/problem+json").extract().asString());
        Map<String, Object> noMessages = new LinkedHashMap<>(Threads.request(UUID.randomUUID(), List.of()));
        JsonGolden.assertMatches("problem-invalid", as(user).body(noMessages).when().post("/api/summaries")
                .then().statusCode(400).contentType("application/problem+json").extract().asString());
        JsonGolden.assertMatches("problem-bad-query", as(user).queryParam("type", "weekly").when().get("/api/summaries")
                .then().statusCode(400).contentType("application/problem+json").extract().asString());
    }

    /** Chatter between Bob and Dave that never concerns Carol. */
    private static List<Map<String, Object>> chatter() {
        UUID dave = UUID.fromString("00000000-0000-4000-8000-00000000da7e");
        Instant t = Instant.parse("2026-11-25T16:00:00Z");
        String[] lines = {"The coffee machine on the third floor is finally fixed.", "Great news, it was broken for a week.",
                "The parking garage will be repainted over the weekend.", "Thanks for the heads up about the garage."};
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean bob = i % 2 == 0;
            messages.add(Threads.message(Threads.id(200 + i), bob ? Threads.BOB : dave, bob ? "Bob Chen" : "Dave Okafor", lines[i],
                    t.plusSeconds(60L * i)));
        }
        return messages;
    }
}
