package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.intelligence.service.ObservedEngine;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What one analysis costs: its database work does not grow with the conversation's history (it looks up the request's
 * message ids and reads only the latest messages the insight covers), and the engines' CPU work runs on a worker
 * thread while the analysis holds no transaction.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AnalysisCostTest {

    /** The insight covers this many of a conversation's latest messages (pulse.intelligence.insight-messages). */
    private static final int COVERED = 1000;

    @Inject
    ObservedEngine engine;

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void theInsightIsComputedOnAWorkerThreadWhileNoTransactionIsOpen() throws Exception {
        ObservedEngine.Stop stop = engine.stopInSummarize("observe-");
        CompletableFuture<Integer> call = CompletableFuture.supplyAsync(() -> analyze(alice, UUID.randomUUID(),
                List.of(message("observe-1", "alice", "Can you check the release notes?", start),
                        message("observe-2", "bob", "Sure, on it.", start.plusSeconds(60)))).extract().statusCode());
        try {
            assertTrue(stop.reached.await(60, TimeUnit.SECONDS), "the engine was reached");
            assertFalse(stop.onEventLoop, "summarize runs off the event loop");
            try (Connection app = TestDatabase.asAppRole(null)) {
                assertEquals(List.of(0L), TestDatabase.column(app, """
                        select count(*) from pg_stat_activity
                         where usename = current_user and pid <> pg_backend_pid() and state like 'idle in transaction%'"""),
                        "no transaction of the service is open while the engine computes");
            }
        } finally {
            stop.release.countDown();
        }
        assertEquals(200, call.get(60, TimeUnit.SECONDS));
    }

    @Test
    void aLongHistoryIsLookedUpByTheRequestsIdsAndReadOnlyAsFarAsTheInsightCovers() throws Exception {
        UUID conversation = UUID.randomUUID();
        int stored = COVERED + 500;
        seed(conversation, stored);
        // h0, the oldest message, is far outside what the insight covers: it is still known, by its id
        analyze(alice, conversation, List.of(message("h0", "ann", "A new text under an old id", start),
                message("new-1", "ben", "All done, thanks!", start.plus(2, ChronoUnit.DAYS))))
                .statusCode(200)
                .body("analyzedMessages", equalTo(1))
                .body("skippedMessages", equalTo(1))
                .body("messageCount", equalTo(stored + 1))
                .body("participants.messages.sum()", equalTo(COVERED));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of((long) stored + 1), TestDatabase.column(owner,
                    "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
        }
    }

    @Test
    void anAnalysisOvertakenWhileItComputesComputesAgainThenUnderTheLockAndLosesNothing() throws Exception {
        UUID conversation = UUID.randomUUID();
        ObservedEngine.Stop stop = engine.stopInSummarize("slow-");
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> analyze(alice, conversation,
                List.of(message("slow-1", "alice", "Can we ship on Monday?", start),
                        message("slow-2", "alice", "The notes are ready.", start.plusSeconds(60)))).extract().statusCode());
        // three other analyses store while the slow one computes: its first attempts find the conversation moved on, and
        // its last computes while it holds the conversation's row
        for (int overtaking = 1; overtaking <= 3; overtaking++) {
            assertTrue(stop.reached.await(60, TimeUnit.SECONDS), "attempt " + overtaking + " computes");
            analyze(alice, conversation, List.of(message("fast-" + overtaking, "bob", "Noted " + overtaking,
                    start.plusSeconds(600L * overtaking)))).statusCode(200).body("analyzedMessages", equalTo(1));
            ObservedEngine.Stop computed = stop;
            stop = overtaking < 3 ? engine.stopInSummarize("slow-") : null;
            computed.release.countDown();
        }
        assertEquals(200, slow.get(60, TimeUnit.SECONDS));
        Conversations.get(alice, conversation).statusCode(200)
                .body("messageCount", equalTo(5))
                .body("participants.messages.sum()", equalTo(5));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(5L, 4L), TestDatabase.column(owner, """
                    select count(*) from intelligence.sentiment_history where conversation_id = ?
                    union all select revision from intelligence.conversation_intelligence where conversation_id = ?""",
                    conversation, conversation));
        }
    }

    /** {@code count} analysed messages h0, h1, ... one a minute from {@code start}, and the conversation's row. */
    private void seed(UUID conversation, int count) throws Exception {
        OffsetDateTime first = start.atOffset(ZoneOffset.UTC);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id,
                        sent_at, label, score, confidence, words, question, request, acknowledgement, closing, excerpt)
                    select gen_random_uuid(), ?, now(), ?, 'h' || i, case when i % 2 = 0 then 'ann' else 'ben' end,
                           ? + make_interval(mins => i), 'neutral', 0, 0.5, 4, false, false, false, false, 'status update ' || i
                      from generate_series(0, ? - 1) as i""", alice, conversation, first, count);
            TestDatabase.update(owner, """
                    insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine,
                        message_count, last_message_at)
                    values (gen_random_uuid(), ?, now(), ?, now(), 'local', ?, ? + make_interval(mins => ? - 1))""",
                    alice, conversation, count, first, count);
        }
    }
}
