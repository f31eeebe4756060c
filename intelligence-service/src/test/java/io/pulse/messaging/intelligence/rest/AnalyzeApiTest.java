package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.testing.PulseTestResource;
import io.pulse.messaging.common.testing.TestDatabase;
import io.pulse.messaging.common.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AnalyzeApiTest {

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void analysisReturnsAndStoresTheWholeInsight() throws Exception {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start))
                .statusCode(200)
                .body("engine", equalTo("local"))
                .body("conversationId", equalTo(conversation.toString()))
                .body("messageCount", equalTo(9))
                .body("analyzedMessages", equalTo(9))
                .body("skippedMessages", equalTo(0))
                .body("messages", hasSize(9))
                .body("messages[0].label", equalTo("positive"))
                .body("messages[8].label", equalTo("negative"))
                .body("sentiment.label", notNullValue())
                .body("sentiment.breakdown.drivers", hasSize(greaterThan(0)))
                .body("topics.name", hasItem("technical_issue"))
                .body("participants.id", contains("alice", "bob"))
                .body("participants[0].messages", equalTo(6))
                .body("engagement.trend", notNullValue())
                .body("alerts[0].type", equalTo("sentiment_drop"))
                .body("messages[0].sentAt", equalTo(start.toString()));

        given().auth().oauth2(TestTokens.forUser(alice))
                .when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(200)
                .body("messageCount", equalTo(9))
                .body("messages", hasSize(9))
                .body("alerts[0].type", equalTo("sentiment_drop"))
                .body("topics.name", hasItem("technical_issue"));

        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(9L), TestDatabase.column(owner,
                    "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
            assertEquals(List.of(9), TestDatabase.column(owner,
                    "select jsonb_array_length(recent_sentiment) from intelligence.conversation_intelligence where conversation_id = ?",
                    conversation));
        }
    }

    @Test
    void reanalysisSkipsMessagesAlreadyAnalysedById() throws Exception {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> thread = souringThread(start);
        analyze(alice, conversation, thread.subList(0, 5)).statusCode(200).body("analyzedMessages", equalTo(5));

        // the whole thread again: only the four new messages are analysed, the conversation covers all nine
        analyze(alice, conversation, thread).statusCode(200)
                .body("analyzedMessages", equalTo(4))
                .body("skippedMessages", equalTo(5))
                .body("messageCount", equalTo(9))
                .body("messages.messageId", contains("m6", "m7", "m8", "m9"))
                .body("participants[0].messages", equalTo(6));

        // only what is new, and a repeat of an old id with different text: the old analysis stands
        analyze(alice, conversation, List.of(message("m1", "alice", "I hate everything", start),
                message("m10", "bob", "Sorry about that, we are on it. It is fixed now.", start.plusSeconds(3000))))
                .statusCode(200)
                .body("analyzedMessages", equalTo(1))
                .body("skippedMessages", equalTo(1))
                .body("messageCount", equalTo(10));

        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(10L), TestDatabase.column(owner,
                    "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
            assertEquals(List.of("positive"), TestDatabase.column(owner,
                    "select label from intelligence.sentiment_history where conversation_id = ? and message_id = 'm1'", conversation));
            List<Object> duplicates = TestDatabase.column(owner, """
                    select count(*) from intelligence.topic_detection_history where conversation_id = ?
                     group by message_id, topic having count(*) > 1""", conversation);
            assertEquals(List.of(), duplicates);
        }
    }

    @Test
    void concurrentAnalysesOfOneConversationLoseNothingAndDuplicateNothing() throws Exception {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> thread = souringThread(start);
        // four clients send overlapping parts of the thread at the same time
        List<List<Map<String, Object>>> parts = List.of(thread.subList(0, 5), thread.subList(3, 9), thread, thread.subList(6, 9));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts.size());
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (List<Map<String, Object>> part : parts) {
                results.add(pool.submit(() -> analyze(alice, conversation, part).extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> result : results) {
                assertEquals(200, result.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(200).body("messageCount", equalTo(9));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(9L), TestDatabase.column(owner,
                    "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
        }
    }

    @Test
    void theConversationRowKeepsOnlyTheLastFiftyEntries() throws Exception {
        UUID conversation = UUID.randomUUID();
        List<Map<String, Object>> messages = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(message("n" + i, i % 2 == 0 ? "alice" : "bob", "Update number " + i + " looks good to me", start.plusSeconds(60L * i)));
        }
        analyze(alice, conversation, messages).statusCode(200).body("messageCount", equalTo(60));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(200)
                .body("messages", hasSize(50))
                .body("messages[0].messageId", equalTo("n10"))
                .body("messages[49].messageId", equalTo("n59"));
    }

    @Test
    void batchSentimentScoresEachTextWithItsExplanation() {
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json")
                .body(Map.of("texts", List.of("Thanks, this is great!", "The deploy failed again :(", "The meeting is at 3pm.",
                        "I love the design but the performance is terrible")))
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(200)
                .body("engine", equalTo("local"))
                .body("results", hasSize(4))
                .body("results[0].label", equalTo("positive"))
                .body("results[0].score", greaterThan(0.5f))
                .body("results[0].signals.kind", hasItem("word"))
                .body("results[1].label", equalTo("negative"))
                .body("results[1].score", lessThan(-0.3f))
                .body("results[2].label", equalTo("neutral"))
                .body("results[3].label", equalTo("mixed"))
                .body("results.score", everyItem(notNullValue()));
    }
}
