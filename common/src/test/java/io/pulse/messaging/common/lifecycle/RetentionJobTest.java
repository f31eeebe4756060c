package io.pulse.messaging.common.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetentionJobTest {

    @Inject
    RetentionJob retention;

    @Inject
    JobRuns jobs;

    /** Firings of the schedule, later and later across this class's tests (a firing is taken only once). */
    private static final AtomicLong FIRINGS = new AtomicLong(Instant.now().getEpochSecond());

    private final UUID user = UUID.randomUUID();

    private static Instant nextFiring() {
        return Instant.ofEpochSecond(FIRINGS.addAndGet(60));
    }

    private void note(Connection owner, String title, int daysAgo) throws Exception {
        TestDatabase.update(owner, """
                insert into common_test.notes (id, user_id, created_at, title)
                values (gen_random_uuid(), ?, now() - make_interval(days => ?), ?)""", user, daysAgo, title);
    }

    private Optional<Map<String, Long>> run(Instant firedAt) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> retention.run(firedAt, List.of(new Retention("notes", Duration.ofDays(30)))));
    }

    @Test
    void backDatedRowsGoInBatchesAndTheRestStay() throws Throwable {
        try (Connection owner = TestDatabase.asOwner()) {
            for (int i = 0; i < 8; i++) { // several batches of pulse.lifecycle.batch-size=3
                note(owner, "old " + i, 31 + i);
            }
            note(owner, "recent", 29);
            double before = removedMetric();

            Optional<Map<String, Long>> removed = run(nextFiring());

            assertTrue(removed.isPresent() && removed.get().get("notes") >= 8, () -> "removed " + removed);
            assertEquals(List.of("recent"), TestDatabase.column(owner, "select title from common_test.notes where user_id = ?", user));
            assertTrue(removedMetric() - before >= 8, "counted in pulse_retention_rows_removed_total");
        }
    }

    @Test
    void aFiringRunsOnceHoweverManyReplicasItFiresOn() throws Throwable {
        Instant firing = nextFiring();
        assertTrue(run(firing).isPresent());
        assertEquals(Optional.empty(), run(firing), "the same firing on a second replica");
        assertEquals(Optional.empty(), run(firing.minusSeconds(1)), "an earlier firing, late");
        assertTrue(run(nextFiring()).isPresent(), "the next firing");
    }

    @Test
    void aReplicaHoldingTheLeaseKeepsTheOthersOut() throws Throwable {
        assertTrue(VertxContextSupport.subscribeAndAwait(() -> jobs.acquire("retention", nextFiring())));
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update common_test.job_runs set holder = 'another replica' where job = 'retention'");
            assertEquals(Optional.empty(), run(nextFiring()), "the lease of another replica has not lapsed");
            assertFalse(VertxContextSupport.subscribeAndAwait(() -> jobs.renew("retention")), "this replica lost it");
            TestDatabase.update(owner, "update common_test.job_runs set lease_until = now() - interval '1 second' where job = 'retention'");
        }
        assertTrue(run(nextFiring()).isPresent(), "a lapsed lease is taken over");
    }

    private static double removedMetric() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pulse_retention_rows_removed_total{") && line.contains("kind=\"notes\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aRetentionUnderAnHourIsRefusedSoNoCallCanEmptyATable() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            note(owner, "written just now", 0);
        }
        Exception refused = assertThrows(Exception.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> retention.run(nextFiring(), List.of(new Retention("notes", Duration.ofMinutes(5))))));
        assertTrue(String.valueOf(refused.getMessage()).contains("refused"), refused::getMessage);
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("written just now"),
                    TestDatabase.column(owner, "select title from common_test.notes where user_id = ?", user));
        }
    }
}
