package io.pulse.messaging.summarization.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.TestClock;
import io.pulse.messaging.summarization.Threads;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/** The daily cleanup removes expired summaries and cache entries, on one replica at a time. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledCleanupTest {

    @Inject
    TestClock clock;

    @Inject
    ScheduledCleanup scheduledCleanup;

    @Inject
    Vertx vertx;

    private final UUID user = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.response.ValidatableResponse post(UUID user, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(io.restassured.http.ContentType.JSON).body(body)
                .when().post("/api/summaries").then();
    }

    /** Runs the cleanup as the scheduler would: on a Vert.x context. */
    private Optional<Long> cleanup() throws Exception {
        CompletableFuture<Optional<Long>> result = new CompletableFuture<>();
        io.vertx.core.Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> scheduledCleanup.cleanup().subscribe().with(result::complete, result::completeExceptionally));
        return result.get(60, TimeUnit.SECONDS);
    }

    private static long count(String sql, Object id) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            return ((Number) TestDatabase.column(owner, sql, id).get(0)).longValue();
        }
    }

    @Test
    void expiredRowsAreRemovedOnOneReplicaOnly() throws Exception {
        // A summary made 31 days ago (its cache entry expired 30 days ago), and one made now.
        clock.advance(Duration.ofDays(-31));
        UUID old = UUID.fromString(post(user, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201).extract().path("id"));
        clock.reset();
        UUID fresh = UUID.fromString(post(user, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201).extract().path("id"));
        String summaries = "select count(*) from summarization.conversation_summaries where id = ?";
        String entries = "select count(*) from summarization.summary_cache where summary_id = ?";
        assertEquals(1, count(summaries, old));
        assertEquals(1, count(entries, old));

        // Another replica holds the job: this one skips the run and removes nothing.
        try (Connection otherReplica = TestDatabase.asOwner()) {
            otherReplica.setAutoCommit(false);
            TestDatabase.column(otherReplica, "select pg_advisory_xact_lock(hashtext(?))::text",
                    "pulse.job." + ScheduledCleanup.FUNCTION);
            assertEquals(Optional.empty(), cleanup(), "skipped while another replica runs it");
            assertEquals(1, count(summaries, old));
            otherReplica.rollback(); // ends that replica's transaction and its lock
        }

        Optional<Long> removed = cleanup();
        assertTrue(removed.isPresent() && removed.get() >= 2, () -> "the old summary and its cache entry: " + removed);
        assertEquals(0, count(summaries, old));
        assertEquals(0, count(entries, old));
        assertEquals(1, count(summaries, fresh));
        assertEquals(1, count(entries, fresh));
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.equalTo(List.of(fresh.toString())));
    }
}
