package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.service.ScheduledCleanup;
import io.pulse.messaging.brainstorm.support.Firings;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** The retention job removes expired AI answers and old audit entries in batches, on one replica per firing. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Inject
    ScheduledCleanup cleanup;

    private final UUID owner = UUID.randomUUID();

    private static void cached(Connection db, String session, UUID user, String key, String expiresIn) throws Exception {
        TestDatabase.update(db, """
                insert into brainstorm.brainstorm_ai_cache (id, session_id, user_id, created_at, expires_at, cache_key, framework,
                       step, topic, idea_set_hash, engine, count, response)
                values (gen_random_uuid(), ?::uuid, ?, now() - interval '1 day' + ?::interval, now() + ?::interval, ?, 'free_form',
                        'ideas', 'topic', 'hash', 'local', 1, '{}')""", session, user, expiresIn, expiresIn, key);
    }

    private Optional<Map<String, Long>> run() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> cleanup.cleanup(Firings.next()));
    }

    @Test
    void expiredAnswersAndOldAuditEntriesGoInBatchesAndTheRestStay() throws Throwable {
        String session = createSession(owner, "free_form");
        try (Connection db = TestDatabase.asOwner()) {
            for (int i = 0; i < 7; i++) { // more than two batches of 3
                cached(db, session, owner, "expired-" + i, "-1 hour");
            }
            cached(db, session, owner, "fresh", "5 hours");
            TestDatabase.update(db, "update brainstorm.audit_log set occurred_at = now() - interval '400 days' where user_id = ?", owner);

            Optional<Map<String, Long>> removed = run();

            assertTrue(removed.isPresent() && removed.get().get("brainstorm_ai_cache") >= 7 && removed.get().get("audit_log") >= 1,
                    () -> "removed " + removed);
            assertEquals(List.of("fresh"), TestDatabase.column(db,
                    "select cache_key from brainstorm.brainstorm_ai_cache where session_id = ?::uuid", session));
            assertEquals(List.of(0L), TestDatabase.column(db, "select count(*) from brainstorm.audit_log where user_id = ?", owner));
            assertEquals(List.of(1L), TestDatabase.column(db,
                    "select count(*) from brainstorm.brainstorm_sessions where id = ?::uuid", session), "sessions have no retention");
        }
    }

    @Test
    void aReplicaHoldingTheJobKeepsThisOneOut() throws Throwable {
        assertTrue(run().isPresent());
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "update brainstorm.job_runs set holder = 'another replica', lease_until = now() + interval '1 minute',"
                    + " finished_at = null where job = 'retention'");
            assertEquals(Optional.empty(), run(), "another replica holds the job");
            TestDatabase.update(db, "update brainstorm.job_runs set lease_until = now() - interval '1 second' where job = 'retention'");
        }
        assertTrue(run().isPresent(), "a lapsed lease is taken over");
    }
}
