package io.pulse.messaging.intelligence.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.lifecycle.JobRuns;
import io.pulse.messaging.intelligence.service.ScheduledCleanup;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** Retention of every table with message text, in batches (pulse.lifecycle.batch-size=3 in tests), on one replica. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    /** Firings of the schedule, later and later across this class's tests (a firing is taken only once). */
    private static final AtomicLong FIRINGS = new AtomicLong(Instant.now().getEpochSecond() + 86_400);

    @Inject
    ScheduledCleanup job;

    @Inject
    JobRuns jobs;

    private static Instant nextFiring() {
        return Instant.ofEpochSecond(FIRINGS.addAndGet(60));
    }

    private static void insertSentiment(Connection owner, UUID user, UUID conversation, String message, int daysAgo) throws Exception {
        TestDatabase.update(owner, """
                insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id, sent_at,
                    label, score, confidence, words, question, request, acknowledgement, closing, excerpt)
                values (gen_random_uuid(), ?, now(), ?, ?, 'ann', now() - make_interval(days => ?), 'neutral', 0, 0.8, 3,
                        false, false, false, false, 'hello there')""", user, conversation, message, daysAgo);
    }

    private static void insertTopic(Connection owner, UUID user, UUID conversation, String message, int daysAgo) throws Exception {
        TestDatabase.update(owner, """
                insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id, sent_at,
                    topic, source, confidence)
                values (gen_random_uuid(), ?, now(), ?, ?, now() - make_interval(days => ?), 'billing', 'built_in', 0.7)""",
                user, conversation, message, daysAgo);
    }

    private static void insertConversation(Connection owner, UUID user, UUID conversation, int messages, int analysedDaysAgo)
            throws Exception {
        TestDatabase.update(owner, """
                insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine,
                    message_count, insight)
                values (gen_random_uuid(), ?, now() - make_interval(days => ?), ?, now() - make_interval(days => ?), 'local', ?,
                        '{"followUps": [{"excerpt": "an old question"}]}')""",
                user, analysedDaysAgo, conversation, analysedDaysAgo, messages);
    }

    private static List<Object> column(Connection owner, String table, String column, UUID conversation) throws Exception {
        return TestDatabase.column(owner, "select " + column + " from intelligence." + table + " where conversation_id = ? order by 1",
                conversation);
    }

    private Optional<Map<String, Long>> cleanup(Instant firedAt) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> job.cleanup(firedAt));
    }

    @Test
    void removesSentimentAfterNinetyDaysAndTopicsAfterSixtyInBatches() throws Throwable {
        UUID user = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            for (int i = 0; i < 7; i++) { // several batches of 3
                insertSentiment(owner, user, conversation, "s-old-" + i, 91 + i);
                insertTopic(owner, user, conversation, "t-old-" + i, 61 + i);
            }
            insertSentiment(owner, user, conversation, "s-kept", 89);
            insertTopic(owner, user, conversation, "t-kept", 59);
            insertConversation(owner, user, conversation, 8, 1);
            double before = removedMetric("sentiment_history");

            Optional<Map<String, Long>> removed = cleanup(nextFiring());

            assertTrue(removed.isPresent() && removed.get().get("sentiment_history") >= 7
                    && removed.get().get("topic_detection_history") >= 7, "removed " + removed);
            assertEquals(List.of("s-kept"), column(owner, "sentiment_history", "message_id", conversation));
            assertEquals(List.of("t-kept"), column(owner, "topic_detection_history", "message_id", conversation));
            assertEquals(List.of(1), column(owner, "conversation_intelligence", "message_count", conversation),
                    "the removed messages are taken off the conversation's count");
            assertTrue(removedMetric("sentiment_history") - before >= 7, "counted in pulse_retention_rows_removed_total");
        }
    }

    @Test
    void conversationsNotAnalysedForNinetyDaysGoWithTheirHistories() throws Throwable {
        UUID user = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        UUID active = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            for (int i = 0; i < 4; i++) { // histories recent by message time: they go because their conversation does
                insertSentiment(owner, user, stale, "s-" + i, 1);
                insertTopic(owner, user, stale, "t-" + i, 1);
            }
            insertConversation(owner, user, stale, 4, 91);
            insertSentiment(owner, user, active, "s-active", 1);
            insertConversation(owner, user, active, 1, 89);

            Optional<Map<String, Long>> removed = cleanup(nextFiring());

            assertTrue(removed.isPresent() && removed.get().get("conversation_intelligence") >= 9, "removed " + removed);
            for (String table : List.of("conversation_intelligence", "sentiment_history", "topic_detection_history")) {
                assertEquals(List.of(), column(owner, table, "id", stale), table + " of the stale conversation");
            }
            assertEquals(List.of(1), column(owner, "conversation_intelligence", "message_count", active));
            assertEquals(List.of("s-active"), column(owner, "sentiment_history", "message_id", active));
        }
    }

    @Test
    void aStaleConversationCutInTheMiddleOfItsRemovalKeepsACorrectCount() throws Exception {
        UUID user = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            for (int i = 0; i < 4; i++) {
                insertSentiment(owner, user, stale, "s-" + i, 1);
            }
            insertConversation(owner, user, stale, 4, 400); // older than any other test's, so that the batch is this one's

            // a batch that removes the history only: if the conversation is analysed again before the next batch, it stays
            assertEquals(List.of(4L), TestDatabase.column(owner,
                    "select intelligence.retention_batch('conversation_intelligence', now() - interval '399 days', 4)"));

            assertEquals(List.of(), column(owner, "sentiment_history", "id", stale));
            assertEquals(List.of(0), column(owner, "conversation_intelligence", "message_count", stale),
                    "the removed messages are taken off the count, so re-sent ones are not counted twice");
        }
    }

    @Test
    void aReplicaHoldingTheJobKeepsTheOthersOut() throws Throwable {
        UUID user = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            insertSentiment(owner, user, conversation, "s-old", 91);
            assertTrue(VertxContextSupport.subscribeAndAwait(() -> jobs.acquire("retention", nextFiring())));
            TestDatabase.update(owner, "update intelligence.job_runs set holder = 'another replica' where job = 'retention'");

            assertEquals(Optional.empty(), cleanup(nextFiring()), "the lease of another replica has not lapsed");
            assertEquals(List.of("s-old"), column(owner, "sentiment_history", "message_id", conversation));

            TestDatabase.update(owner, "update intelligence.job_runs set lease_until = now() - interval '1 second' where job = 'retention'");
            assertTrue(cleanup(nextFiring()).isPresent(), "a lapsed lease is taken over");
            assertEquals(List.of(), column(owner, "sentiment_history", "message_id", conversation));
        }
    }

    @Test
    void theRetentionFunctionIsCallableByTheAppRoleOnlyThroughItsGrant() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(true), TestDatabase.column(owner, """
                    select p.prosecdef from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = 'intelligence' and p.proname = 'retention_batch'"""));
            assertEquals(List.of(false), TestDatabase.column(owner,
                    "select has_function_privilege('public', 'intelligence.retention_batch(text, timestamptz, integer)', 'execute')"));
            assertEquals(List.of(0L), TestDatabase.column(owner, """
                    select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = 'intelligence' and p.proname = 'cleanup_old_intelligence_history'"""),
                    "the old all-at-once cleanup is gone");
        }
    }

    private static double removedMetric(String kind) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pulse_retention_rows_removed_total{")
                        && line.contains("kind=\"" + kind + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
