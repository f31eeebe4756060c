package io.pulse.messaging.autoresponse.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import io.pulse.messaging.autoresponse.service.ScheduledCleanup;
import io.pulse.messaging.common.lifecycle.JobRuns;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The daily cleanup removes, in batches, log rows past 180 days, webhook deliveries and conversation locks past a day and
 * expired cooldowns, on one replica per firing; newer rows stay.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    /** Firings of the schedule, later and later across this class's tests (a firing is taken only once). */
    private static final AtomicLong FIRINGS = new AtomicLong(Instant.now().getEpochSecond() + 86_400);

    @Inject
    ScheduledCleanup cleanup;

    @Inject
    JobRuns jobs;

    private final UUID user = UUID.randomUUID();
    private final UUID rule = UUID.randomUUID();

    private static Instant nextFiring() {
        return Instant.ofEpochSecond(FIRINGS.addAndGet(60));
    }

    private Optional<Map<String, Long>> run(Instant firedAt) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> cleanup.cleanup(firedAt));
    }

    /** Rows of every kind, old and new: 8 log rows past retention (two batches of 5), one within. */
    private void backDatedRows() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template)
                    values (?, ?, now(), now(), 'r', 'x')""", rule, user);
            for (int days : new int[] { 181, 182, 183, 200, 250, 300, 365, 400, 179 }) {
                TestDatabase.update(owner, """
                        insert into auto_response.message_auto_response_log (id, user_id, created_at, conversation_id, message_id,
                                                                             sender_key, status, reason)
                        values (gen_random_uuid(), ?, now() - make_interval(days => ?), gen_random_uuid(), gen_random_uuid(),
                                'id:' || ?, 'suppressed', 'self')""", user, days, days);
            }
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_webhook_deliveries (signature, user_id, received_at)
                    values ('old', ?, now() - interval '25 hours'), ('new', ?, now() - interval '23 hours')""", user, user);
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_cooldowns (rule_id, sender_key, user_id, last_sent_at, expires_at)
                    values (?, 'old', ?, now() - interval '2 days', now() - interval '1 minute'),
                           (?, 'new', ?, now(), now() + interval '1 day')""", rule, user, rule, user);
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_conversation_locks (user_id, conversation_id, locked_at)
                    values (?, gen_random_uuid(), now() - interval '25 hours'), (?, ?, now() - interval '23 hours')""", user, user, user);
            UUID hook = UUID.randomUUID();
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_outbound_webhooks (id, user_id, created_at, updated_at, name, url, secret)
                    values (?, ?, now(), now(), 'h', 'https://hooks.example.com', 's')""", hook, user);
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_outbox (id, user_id, webhook_id, created_at, payload, status, next_attempt_at)
                    values (gen_random_uuid(), ?, ?, now() - interval '31 days', '{"n": "old delivered"}', 'delivered', now()),
                           (gen_random_uuid(), ?, ?, now() - interval '31 days', '{"n": "old failed"}', 'failed', now()),
                           (gen_random_uuid(), ?, ?, now() - interval '31 days', '{"n": "old pending"}', 'pending', now() + interval '1 day'),
                           (gen_random_uuid(), ?, ?, now() - interval '29 days', '{"n": "new delivered"}', 'delivered', now())""",
                    user, hook, user, hook, user, hook, user, hook);
        }
    }

    private List<Object> left(String sql) throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            return TestDatabase.column(owner, sql, user);
        }
    }

    @Test
    void backDatedRowsOfEveryKindGoInBatchesAndNewerOnesStay() throws Throwable {
        backDatedRows();
        double before = removedMetric("message_auto_response_log");

        Optional<Map<String, Long>> removed = run(nextFiring());

        assertTrue(removed.isPresent(), "this replica ran the cleanup");
        for (String kind : List.of("message_auto_response_log", "message_auto_response_webhook_deliveries",
                "message_auto_response_cooldowns", "message_auto_response_conversation_locks", "message_auto_response_outbox", "audit_log",
                "user_erasures")) {
            assertTrue(removed.get().containsKey(kind), () -> kind + " in " + removed);
        }
        assertTrue(removed.get().get("message_auto_response_log") >= 8, () -> "removed " + removed);
        assertEquals(List.of("id:179"), left("select sender_key from auto_response.message_auto_response_log where user_id = ?"));
        assertEquals(List.of("new"), left("select signature from auto_response.message_auto_response_webhook_deliveries where user_id = ?"));
        assertEquals(List.of("new"), left("select sender_key from auto_response.message_auto_response_cooldowns where user_id = ?"));
        assertEquals(List.of(user), left("select conversation_id from auto_response.message_auto_response_conversation_locks where user_id = ?"));
        assertEquals(List.of("new delivered", "old pending"),
                left("select payload ->> 'n' from auto_response.message_auto_response_outbox where user_id = ? order by 1"),
                "finished deliveries past pulse.auto-response.retention.outbox go; pending ones stay");
        assertTrue(removedMetric("message_auto_response_log") - before >= 8, "counted in pulse_retention_rows_removed_total");
    }

    @Test
    void aReplicaHoldingTheJobKeepsTheOthersOut() throws Throwable {
        backDatedRows();
        assertTrue(VertxContextSupport.subscribeAndAwait(() -> jobs.acquire("retention", nextFiring())));
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update auto_response.job_runs set holder = 'another replica' where job = 'retention'");
            assertEquals(Optional.empty(), run(nextFiring()), "the lease of another replica has not lapsed");
            assertEquals(9, left("select id from auto_response.message_auto_response_log where user_id = ?").size(), "nothing removed");
            TestDatabase.update(owner, "update auto_response.job_runs set lease_until = now() - interval '1 second' where job = 'retention'");
        }
        Instant firing = nextFiring();
        assertTrue(run(firing).isPresent(), "a lapsed lease is taken over");
        assertEquals(Optional.empty(), run(firing), "the same firing on a second replica");
        assertEquals(1, left("select id from auto_response.message_auto_response_log where user_id = ?").size());
        assertFalse(left("select signature from auto_response.message_auto_response_webhook_deliveries where user_id = ?").contains("old"));
    }

    private static double removedMetric(String kind) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pulse_retention_rows_removed_total{") && line.contains("kind=\"" + kind + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
