package io.pulse.messaging.summarization.rest;

import static io.pulse.messaging.summarization.Threads.BOB;
import static io.pulse.messaging.summarization.Threads.CAROL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.TestClock;
import io.pulse.messaging.summarization.Threads;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SummaryApiTest {

    @Inject
    TestClock clock;

    private final UUID user = UUID.randomUUID();
    private final UUID conversation = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse post(UUID user, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries").then();
    }

    @Test
    void aThreadSummaryHasEveryPartAndIsStored() {
        String id = post(user, Threads.request(conversation, Threads.launch()))
                .statusCode(201)
                .header("Location", containsString("/api/summaries/"))
                .body("engine", equalTo("local"))
                .body("cached", equalTo(false))
                .body("type", equalTo("thread"))
                .body("conversationId", equalTo(conversation.toString()))
                .body("timeZone", equalTo("America/New_York"))
                .body("summary", containsString("launch"))
                .body("keyPoints.size()", equalTo(5))
                .body("keyPoints[0].messageIds.size()", equalTo(1))
                .body("actionItems.find { it.text.contains('release notes') }.owner.name", equalTo("Bob Chen"))
                .body("actionItems.find { it.text.contains('release notes') }.dueDate", equalTo("2026-11-27"))
                .body("actionItems.find { it.text.contains('release notes') }.messageIds",
                        equalTo(List.of(Threads.id(1).toString(), Threads.id(2).toString())))
                .body("actionItems.find { it.text.contains('screenshots') }.owner.id", equalTo(CAROL.toString()))
                .body("actionItems.find { it.text.contains('screenshots') }.dueDate", equalTo("2026-11-26"))
                .body("actionItems.find { it.text.contains('launch plan') }.owner", nullValue())
                .body("decisions[0].text", containsString("December 3"))
                .body("decisions[0].decidedBy.name", equalTo("Carol Diaz"))
                .body("decisions[0].reversed", equalTo(false))
                .body("openQuestions[0].text", containsString("privacy policy"))
                .body("openQuestions[0].askedBy.id", equalTo(BOB.toString()))
                .body("participants.name", equalTo(List.of("Alice Martin", "Bob Chen", "Carol Diaz")))
                .body("participants.messageCount", equalTo(List.of(3, 2, 1)))
                .body("coverage.messagesTotal", equalTo(6))
                .body("coverage.messagesUsed", equalTo(6))
                .body("coverage.from", equalTo("2026-11-25T14:00:00Z"))
                .body("coverage.truncated", equalTo(false))
                .extract().path("id");

        // The stored summary reads back the same (JSONB round trip), with creation and expiry 30 days apart.
        Map<String, Object> stored = given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id)
                .then().statusCode(200).body("cached", equalTo(false)).extract().as(Map.class);
        Map<?, ?> notes = ((List<?>) stored.get("actionItems")).stream().map(a -> (Map<?, ?>) a)
                .filter(a -> ((String) a.get("text")).contains("release notes")).findFirst().orElseThrow();
        assertEquals("Bob Chen", ((Map<?, ?>) notes.get("owner")).get("name"));
        OffsetDateTime created = OffsetDateTime.parse((String) stored.get("createdAt"));
        OffsetDateTime expires = OffsetDateTime.parse((String) stored.get("expiresAt"));
        assertEquals(Duration.ofDays(30), Duration.between(created, expires));
    }

    @Test
    void theSameContentIsServedFromTheCacheAndAnyEditRecomputes() {
        List<Map<String, Object>> messages = Threads.launch();
        String first = post(user, Threads.request(conversation, messages)).statusCode(201).body("cached", equalTo(false)).extract().path("id");

        // Same content, messages in another order: the same summary, from the cache.
        List<Map<String, Object>> shuffled = new ArrayList<>(messages);
        Collections.reverse(shuffled);
        post(user, Threads.request(conversation, shuffled)).statusCode(200).body("cached", equalTo(true)).body("id", equalTo(first))
                .body("actionItems.find { it.text.contains('release notes') }.owner.name", equalTo("Bob Chen"));

        // An edited message is a different key: recomputed, and the edit shows.
        List<Map<String, Object>> edited = new ArrayList<>(messages);
        Map<String, Object> changed = new java.util.LinkedHashMap<>(edited.get(3));
        changed.put("content", "Let's go with December 10 as the launch date for the mobile app.");
        edited.set(3, changed);
        post(user, Threads.request(conversation, edited)).statusCode(201).body("cached", equalTo(false))
                .body("id", org.hamcrest.Matchers.not(equalTo(first))).body("decisions[0].text", containsString("December 10"));

        // An added message too.
        List<Map<String, Object>> added = new ArrayList<>(messages);
        added.add(Threads.message(Threads.id(99), BOB, "Bob Chen", "Release notes are done and sent.", Instant.parse("2026-11-25T15:00:00Z")));
        post(user, Threads.request(conversation, added)).statusCode(201).body("cached", equalTo(false))
                .body("actionItems.find { it.text.contains('release notes') }.done", equalTo(true));

        // Other options are another key.
        Map<String, Object> fewer = Threads.request(conversation, messages);
        ((Map<String, Object>) fewer.get("options")).put("maxKeyPoints", 2);
        post(user, fewer).statusCode(201).body("keyPoints", hasSize(2));

        // The original is still cached.
        post(user, Threads.request(conversation, messages)).statusCode(200).body("id", equalTo(first));
    }

    @Test
    void cacheEntriesExpireAfterTenMinutes() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        String first = post(user, body).statusCode(201).extract().path("id");
        clock.advance(Duration.ofMinutes(9));
        post(user, body).statusCode(200).body("cached", equalTo(true)).body("id", equalTo(first));
        clock.advance(Duration.ofMinutes(2));
        String second = post(user, body).statusCode(201).body("cached", equalTo(false)).extract().path("id");
        assertNotEquals(first, second);
        post(user, body).statusCode(200).body("id", equalTo(second));
    }

    @Test
    void summariesExpireAfterThirtyDaysEvenBeforeTheCleanup() {
        String id = post(user, Threads.request(conversation, Threads.launch())).statusCode(201).extract().path("id");
        clock.advance(Duration.ofDays(29));
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id).then().statusCode(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(user)).when().delete("/api/summaries/" + id).then().statusCode(404);
    }

    @Test
    void deletingASummaryDropsItsCacheEntry() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        String id = post(user, body).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forUser(user)).when().delete("/api/summaries/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/" + id).then().statusCode(404);
        post(user, body).statusCode(201).body("cached", equalTo(false));
    }

    @Test
    void listsFilterAndPageNewestFirst() {
        UUID other = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Threads.request(conversation, Threads.launch());
            ((Map<String, Object>) body.get("options")).put("maxKeyPoints", i + 1);
            ids.add(post(user, body).statusCode(201).extract().path("id"));
            clock.advance(Duration.ofSeconds(1));
        }
        post(user, Threads.request(other, Threads.launch())).statusCode(201);

        String cursor = given().auth().oauth2(TestTokens.forUser(user)).queryParam("conversationId", conversation.toString())
                .queryParam("limit", 2).when().get("/api/summaries")
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].id", equalTo(ids.get(2)))
                .body("items[1].id", equalTo(ids.get(1))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.forUser(user)).queryParam("conversationId", conversation.toString())
                .queryParam("limit", 2).queryParam("cursor", cursor).when().get("/api/summaries")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(ids.get(0))).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries")
                .then().statusCode(200).body("items", hasSize(4));
        given().auth().oauth2(TestTokens.forUser(user)).queryParam("type", "daily_digest").when().get("/api/summaries")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(user)).queryParam("type", "thread").queryParam("createdFrom", "2999-01-01T00:00:00Z")
                .when().get("/api/summaries").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(user)).queryParam("type", "weekly").when().get("/api/summaries")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(TestTokens.forUser(user)).queryParam("createdBefore", "yesterday").when().get("/api/summaries")
                .then().statusCode(400).body("errors[0].field", equalTo("createdBefore"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCacheHitAnswersWhatWasComputedFieldForField() {
        for (String type : List.of("thread", "daily_digest")) {
            List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
            messages.add(Threads.message(Threads.id(60), BOB, "Bob Chen", "Earlier: Carol, can you check the beta feedback by Friday?",
                    Instant.parse("2026-11-24T09:00:00Z")));
            Map<String, Object> body = Threads.request(conversation, messages);
            body.put("type", type);
            ((Map<String, Object>) body.get("options")).put("readerName", "Carol Diaz");
            Map<String, Object> computed = post(user, body).statusCode(201).extract().as(Map.class);
            Map<String, Object> cached = post(user, body).statusCode(200).body("cached", equalTo(true)).extract().as(Map.class);
            assertEquals(false, computed.remove("cached"));
            cached.remove("cached");
            assertEquals(computed, cached, type);
        }
    }

    @Test
    void concurrentIdenticalRequestsRunTheEngineOnce() throws Exception {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        int clients = 8;
        List<java.util.concurrent.CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            for (int i = 0; i < clients; i++) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(user, body).statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().as(Map.class);
                }, pool));
            }
            start.countDown();
            List<Map<String, Object>> answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, answers.stream().filter(a -> Boolean.FALSE.equals(a.get("cached"))).count(), "computed once");
            assertEquals(1, answers.stream().map(a -> a.get("id")).distinct().count(), "everyone got the same summary");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDailyDigestTypeCoversOneDayOfTheThread() {
        List<Map<String, Object>> messages = new ArrayList<>(Threads.launch());
        messages.add(Threads.message(Threads.id(50), BOB, "Bob Chen", "Old news from last week about the beta.", Instant.parse("2026-11-18T14:00:00Z")));
        Map<String, Object> body = Threads.request(conversation, messages);
        body.put("type", "daily_digest");
        ((Map<String, Object>) body.get("options")).put("readerId", user.toString());
        post(user, body).statusCode(201).body("type", equalTo("daily_digest")).body("date", equalTo("2026-11-25"))
                .body("coverage.messagesTotal", equalTo(7)).body("coverage.messagesUsed", equalTo(6))
                .body("coverage.truncated", equalTo(true)).body("coverage.truncationReason", containsString("2026-11-25"));
        ((Map<String, Object>) body.get("options")).put("date", "2026-11-20");
        post(user, body).statusCode(422).contentType("application/problem+json");
    }
}
