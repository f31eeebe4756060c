package io.pulse.messaging.intelligence.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.intelligence.service.ScheduledCleanup;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Inject
    ScheduledCleanup job;

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

    private Optional<Long> cleanup() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(job::cleanup);
    }

    @Test
    void removesSentimentAfterNinetyDaysAndTopicsAfterSixtyOnOneReplicaAtATime() throws Throwable {
        UUID user = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        try (Connection owner = TestDatabase.asOwner()) {
            insertSentiment(owner, user, conversation, "s-old", 91);
            insertSentiment(owner, user, conversation, "s-kept", 89);
            insertTopic(owner, user, conversation, "t-old", 61);
            insertTopic(owner, user, conversation, "t-kept", 59);
            TestDatabase.update(owner, """
                    insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine,
                        message_count)
                    values (gen_random_uuid(), ?, now(), ?, now(), 'local', 2)""", user, conversation);

            // another replica holds the job: this one skips it and removes nothing
            try (Connection otherReplica = TestDatabase.asOwner()) {
                otherReplica.setAutoCommit(false);
                TestDatabase.column(otherReplica, "select pg_advisory_xact_lock(hashtext('pulse.job.intelligence.cleanup_old_intelligence_history'))");
                assertEquals(Optional.empty(), cleanup());
                assertEquals(List.of(2L), TestDatabase.column(owner,
                        "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
                otherReplica.rollback();
            }

            Optional<Long> removed = cleanup();
            assertTrue(removed.isPresent() && removed.get() >= 2, "removed " + removed);
            assertEquals(List.of("s-kept"), TestDatabase.column(owner,
                    "select message_id from intelligence.sentiment_history where conversation_id = ?", conversation));
            assertEquals(List.of("t-kept"), TestDatabase.column(owner,
                    "select message_id from intelligence.topic_detection_history where conversation_id = ?", conversation));
            assertEquals(List.of(1), TestDatabase.column(owner,
                    "select message_count from intelligence.conversation_intelligence where conversation_id = ?", conversation),
                    "the removed message is taken off the conversation's count");
        }
    }

    @Test
    void theCleanupFunctionIsCallableByTheAppRoleOnlyThroughItsGrant() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(true), TestDatabase.column(owner, """
                    select p.prosecdef from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = 'intelligence' and p.proname = 'cleanup_old_intelligence_history'"""));
            assertEquals(List.of(false), TestDatabase.column(owner,
                    "select has_function_privilege('public', 'intelligence.cleanup_old_intelligence_history()', 'execute')"));
        }
    }
}
