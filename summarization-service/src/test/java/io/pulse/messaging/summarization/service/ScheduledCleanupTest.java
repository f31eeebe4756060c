package io.pulse.messaging.summarization.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.lifecycle.JobRuns;
import io.pulse.messaging.summarization.TestClock;
import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * The daily cleanup removes expired summaries, cache entries and leases (and, common to every service, old audit
 * entries and erasure records) in batches ({@code %test.pulse.lifecycle.batch-size=3}), on one replica per firing.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledCleanupTest {

    /** Firings of the schedule, later and later across this class's tests (a firing is taken only once). */
    private static final AtomicLong FIRINGS = new AtomicLong(Instant.now().getEpochSecond());

    private static final String SUMMARY = """
            insert into summarization.conversation_summaries (id, user_id, conversation_id, summary_type, time_zone, engine,
                summary_text, content, message_count, created_at, expires_at)
            values (gen_random_uuid(), ?, gen_random_uuid(), 'thread', 'UTC', 'local', ?, '{}', 1,
                now() - make_interval(days => ?), now() - make_interval(days => ?) + interval '30 days')""";

    private static final String LEASE = """
            insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)
            values (?, repeat(?, 64), gen_random_uuid(), now() + make_interval(mins => ?))""";

    @Inject
    TestClock clock;

    @Inject
    ScheduledCleanup scheduledCleanup;

    @Inject
    JobRuns jobs;

    private final UUID user = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant nextFiring() {
        return Instant.ofEpochSecond(FIRINGS.addAndGet(60));
    }

    private static io.restassured.response.ValidatableResponse post(UUID user, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries").then();
    }

    private Optional<Map<String, Long>> cleanup(Instant firedAt) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> scheduledCleanup.cleanup(firedAt));
    }

    private static long count(String sql, Object id) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            return ((Number) TestDatabase.column(owner, sql, id).get(0)).longValue();
        }
    }

    @Test
    void expiredRowsOfEveryKindAreRemovedInBatchesAndFreshOnesKept() throws Throwable {
        // A summary made 31 days ago (its cache entry expired 30 days ago), and one made now.
        clock.advance(Duration.ofDays(-31));
        UUID old = UUID.fromString(post(user, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201).extract().path("id"));
        clock.reset();
        UUID fresh = UUID.fromString(post(user, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201).extract().path("id"));
        try (Connection owner = TestDatabase.asOwner()) {
            for (int i = 0; i < 7; i++) { // more than two batches of 3
                TestDatabase.update(owner, SUMMARY, user, "back-dated " + i, 31 + i, 31 + i);
                TestDatabase.update(owner, LEASE, user, Integer.toHexString(i), -1 - i);
            }
            TestDatabase.update(owner, SUMMARY, user, "29 days old", 29, 29);
            TestDatabase.update(owner, LEASE, user, "f", 5);
            TestDatabase.update(owner, """
                    insert into summarization.audit_log (user_id, occurred_at, actor, action, target_type, target_id)
                    values (?, now() - interval '400 days', 'system', 'summary.deleted', 'summary', 'x')""", user);
        }
        String summaries = "select count(*) from summarization.conversation_summaries where id = ?";
        String entries = "select count(*) from summarization.summary_cache where summary_id = ?";
        assertEquals(1, count(summaries, old));
        assertEquals(1, count(entries, old));

        Optional<Map<String, Long>> removed = cleanup(nextFiring());

        assertTrue(removed.isPresent(), "this replica ran it");
        assertTrue(removed.get().get("summary_cache") >= 1, () -> "the old cache entry: " + removed);
        assertTrue(removed.get().get("conversation_summaries") >= 8, () -> "the old summary and the back-dated ones: " + removed);
        assertTrue(removed.get().get("summary_leases") >= 7, () -> "the expired leases: " + removed);
        assertTrue(removed.get().get("audit_log") >= 1, () -> "the entry past pulse.lifecycle.audit-retention: " + removed);
        assertEquals(0, count(summaries, old));
        assertEquals(0, count(entries, old));
        assertEquals(1, count(summaries, fresh));
        assertEquals(1, count(entries, fresh));
        assertEquals(1, count("select count(*) from summarization.summary_leases where user_id = ?", user), "the live lease");
        assertEquals(0, count("select count(*) from summarization.audit_log where user_id = ?", user));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("29 days old", "launch"), TestDatabase.column(owner, """
                    select case when summary_text = '29 days old' then summary_text else 'launch' end
                      from summarization.conversation_summaries where user_id = ? order by 1""", user));
        }
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries")
                .then().statusCode(200).body("items.id", Matchers.hasItem(fresh.toString()), "items.size()", Matchers.equalTo(2));
        assertTrue(removedMetric("summary_leases") >= 7, "counted in pulse_retention_rows_removed_total");
    }

    @Test
    void anotherReplicaHoldingTheJobKeepsThisOneOut() throws Throwable {
        clock.advance(Duration.ofDays(-31));
        UUID old = UUID.fromString(post(user, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201).extract().path("id"));
        clock.reset();
        String summaries = "select count(*) from summarization.conversation_summaries where id = ?";

        assertTrue(VertxContextSupport.subscribeAndAwait(() -> jobs.acquire("retention", nextFiring())));
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update summarization.job_runs set holder = 'another replica' where job = 'retention'");
            assertEquals(Optional.empty(), cleanup(nextFiring()), "skipped while another replica holds the job");
            assertEquals(Optional.empty(), cleanup(nextFiring()), "and at the next firing, while its lease lasts");
            assertEquals(1, count(summaries, old));
            assertFalse(VertxContextSupport.subscribeAndAwait(() -> jobs.renew("retention")), "this replica does not hold it");
            TestDatabase.update(owner, "update summarization.job_runs set lease_until = now() - interval '1 second' where job = 'retention'");
        }
        Instant firing = nextFiring();
        assertTrue(cleanup(firing).isPresent(), "a lapsed lease is taken over");
        assertEquals(0, count(summaries, old));
        assertEquals(Optional.empty(), cleanup(firing), "the same firing on a second replica runs once");
    }

    private static double removedMetric(String kind) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pulse_retention_rows_removed_total{") && line.contains("kind=\"" + kind + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
