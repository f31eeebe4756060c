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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
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
    void aThousandMessagesAreEachStoredOnceWithEveryField() throws Exception {
        UUID conversation = UUID.randomUUID();
        // sent at a fraction finer than PostgreSQL keeps: stored to the microsecond, truncated
        Instant first = start.minus(1, ChronoUnit.DAYS).plusNanos(123_456_789);
        List<Map<String, Object>> answered = analyze(alice, conversation, thousandMessages(first)).statusCode(200)
                .body("analyzedMessages", equalTo(1000))
                .body("messageCount", equalTo(1000))
                .extract().jsonPath().getList("messages");

        try (Connection owner = TestDatabase.asOwner()) {
            assertSentimentHistory(owner, conversation, answered, first);
            assertTopicHistory(owner, conversation);
        }

        // the stored history is read back for the next analysis: the conversation grows by the one new message
        analyze(alice, conversation, List.of(message("k0", "alice", "Changed text, same id", first),
                message("k1000", "bob", "All sorted now, thanks everyone!", first.plusSeconds(60_000))))
                .statusCode(200)
                .body("analyzedMessages", equalTo(1))
                .body("skippedMessages", equalTo(1))
                .body("messageCount", equalTo(1001));
    }

    /** k0 to k999, a minute apart from {@code first}: every seventh replies to the one before, k2's sender has no name. */
    private static List<Map<String, Object>> thousandMessages(Instant first) {
        String[] lines = {"The deploy failed again with a 500 error, the logs show a timeout.",
                "Can you send me the invoice for March? The payment is due Friday.", "Thanks, that fixed it!",
                "Sure, done.", "Can we move the review meeting to Thursday afternoon?", "ok"};
        List<Map<String, Object>> messages = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> message = message("k" + i, i % 3 == 0 ? "alice" : "bob", lines[i % lines.length] + " #" + i,
                    first.plusSeconds(60L * i));
            if (i % 7 == 1) {
                message.put("replyTo", "k" + (i - 1));
            }
            if (i == 2) {
                message.put("sender", Map.of("id", "carl"));
            }
            messages.add(message);
        }
        return messages;
    }

    /** Each message stored once, with the sentiment the answer gave it and every field as sent. */
    private static void assertSentimentHistory(Connection owner, UUID conversation, List<Map<String, Object>> answered,
            Instant first) throws Exception {
        assertEquals(List.of(1000L, 1000L), TestDatabase.column(owner, """
                select count(*) from intelligence.sentiment_history where conversation_id = ?
                union all
                select count(distinct message_id) from intelligence.sentiment_history where conversation_id = ?""",
                conversation, conversation));
        // every message's sentiment as the answer gave it, in the order of the conversation
        List<Object> stored = TestDatabase.column(owner, """
                select message_id || ' ' || sender_id || ' ' || label || ' ' || round(score::numeric, 4)
                  from intelligence.sentiment_history where conversation_id = ? order by sent_at, message_id""", conversation);
        assertEquals(answered.stream().map(m -> m.get("messageId") + " " + m.get("senderId") + " " + m.get("label") + " "
                + String.format(java.util.Locale.ROOT, "%.4f", ((Number) m.get("score")).doubleValue())).toList(), stored);
        assertEquals(List.of("k0 alice Alice Tester - " + first.truncatedTo(ChronoUnit.MICROS), "k1 bob Bob Tester k0 "
                + first.plusSeconds(60).truncatedTo(ChronoUnit.MICROS), "k2 carl - - " + first.plusSeconds(120).truncatedTo(ChronoUnit.MICROS)),
                TestDatabase.column(owner, """
                        select message_id || ' ' || sender_id || ' ' || coalesce(sender_name, '-') || ' '
                               || coalesce(reply_to, '-') || ' '
                               || to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                          from intelligence.sentiment_history where conversation_id = ? and message_id in ('k0', 'k1', 'k2')
                         order by message_id""", conversation));
        assertEquals(List.of(0L), TestDatabase.column(owner, """
                select count(*) from intelligence.sentiment_history where conversation_id = ?
                   and (jsonb_typeof(signals) <> 'array' or words < 1 or excerpt = '')""", conversation));
        assertEquals(List.of(true), TestDatabase.column(owner, """
                select bool_and(question) filter (where message_id = 'k4') and bool_and(request) filter (where message_id = 'k1')
                       and bool_and(acknowledgement) filter (where message_id = 'k3')
                       and bool_and(closing) filter (where message_id = 'k2')
                  from intelligence.sentiment_history where conversation_id = ?""", conversation));
    }

    /** The topics: one row per message and topic, each for a stored message, with its keywords. */
    private static void assertTopicHistory(Connection owner, UUID conversation) throws Exception {
        List<Object> topics = TestDatabase.column(owner, """
                select count(*) || ' ' || count(distinct (message_id, topic)) || ' '
                       || count(*) filter (where jsonb_typeof(keywords) <> 'array') || ' '
                       || count(*) filter (where message_id not in (select message_id from intelligence.sentiment_history s
                                                                      where s.conversation_id = t.conversation_id)) || ' '
                       || count(*) filter (where t.sent_at <> (select s.sent_at from intelligence.sentiment_history s
                                                                where s.conversation_id = t.conversation_id
                                                                  and s.message_id = t.message_id))
                  from intelligence.topic_detection_history t where conversation_id = ?""", conversation);
        String[] counts = ((String) topics.get(0)).split(" ");
        assertEquals(counts[0], counts[1], "no message has a topic twice");
        assertEquals(List.of("0", "0", "0"), List.of(counts[2], counts[3], counts[4]));
        List<Object> frequent = TestDatabase.column(owner, """
                select topic from intelligence.topic_detection_history where conversation_id = ?
                 group by topic having count(*) >= 100""", conversation);
        assertTrue(frequent.containsAll(List.of("technical_issue", "billing")), frequent::toString);
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
