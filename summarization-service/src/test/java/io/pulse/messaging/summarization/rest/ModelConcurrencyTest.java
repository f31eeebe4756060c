package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Requests that wait for the model hold no database connection (the pool has two), and identical ones share one model
 * call through the key's lease, which a request takes over when its holder died.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelConcurrencyTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private final UUID user = UUID.randomUUID();
    private final ExecutorService clients = Executors.newFixedThreadPool(10);

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    private CompletableFuture<Map<String, Object>> async(Supplier<Map<String, Object>> call) {
        return CompletableFuture.supplyAsync(call, clients);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> summarize(Map<String, Object> body) {
        return SummaryApiTest.post(user, body).statusCode(oneOf(200, 201)).extract().as(Map.class);
    }

    @Test
    void otherRequestsAreServedWhileTheModelThinks() {
        FakeModel.answersAfter(Duration.ofSeconds(2), ModelAnswers.faithful());
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = Threads.request(UUID.randomUUID(), ModelAnswers.thread()); // distinct content: another conversation
            calls.add(async(() -> summarize(body)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> FakeModel.calls() >= 1);

        // Two connections: were the model's calls holding one each, the list would wait for them.
        given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries").then().statusCode(200);
        assertFalse(calls.stream().anyMatch(c -> c.isDone() && "llm:fake-model".equals(c.join().get("engine"))),
                "the list was answered before any summary the model writes");

        List<Object> engines = calls.stream().map(CompletableFuture::join).map(a -> a.get("engine")).toList();
        assertTrue(engines.contains("llm:fake-model"), engines.toString());
        assertEquals(10, engines.stream().filter(e -> "llm:fake-model".equals(e) || "local-fallback".equals(e)).count(),
                "beyond two calls at once the local engine answers (rate-limited)");
    }

    @Test
    void identicalRequestsShareOneModelCall() {
        FakeModel.answersAfter(Duration.ofMillis(800), ModelAnswers.faithful());
        Map<String, Object> body = Threads.request(UUID.randomUUID(), ModelAnswers.thread());
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(async(() -> summarize(body)));
        }
        List<Map<String, Object>> answers = calls.stream().map(CompletableFuture::join).toList();
        assertEquals(1, FakeModel.calls());
        assertEquals(1, answers.stream().filter(a -> Boolean.FALSE.equals(a.get("cached"))).count(), "computed once");
        assertEquals(1, answers.stream().map(a -> a.get("id")).distinct().count(), "everyone got the same summary");
        answers.forEach(a -> assertEquals("llm:fake-model", a.get("engine")));
        answers.forEach(a -> assertEquals(answers.get(0).get("summary"), a.get("summary")));
    }

    @Test
    void aRequestWaitsForTheLeaseHoldersResult() throws SQLException {
        FakeModel.answers(ModelAnswers.faithful());
        Map<String, Object> body = Threads.request(UUID.randomUUID(), ModelAnswers.thread());
        String key = keyOfAFormerSummary(body);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)"
                    + " values (?, ?, gen_random_uuid(), now() + interval '60 seconds')", user, key);
            CompletableFuture<Map<String, Object>> waiting = async(() -> summarize(body));
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());

            // The holder (another replica) stores its result and gives the lease up: the waiting request is served it.
            UUID planted = plantResult(owner, key);
            Map<String, Object> served = waiting.join();
            assertEquals(planted.toString(), served.get("id"));
            assertEquals(true, served.get("cached"));
            assertEquals(0, FakeModel.calls());
        }
    }

    @Test
    void anExpiredLeaseIsTakenOver() throws SQLException {
        FakeModel.answers(ModelAnswers.faithful());
        Map<String, Object> body = Threads.request(UUID.randomUUID(), ModelAnswers.thread());
        String key = keyOfAFormerSummary(body);
        try (Connection owner = TestDatabase.asOwner()) {
            // A holder that died: its lease runs out in two seconds.
            TestDatabase.update(owner, "insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)"
                    + " values (?, ?, gen_random_uuid(), now() + interval '2 seconds')", user, key);
            CompletableFuture<Map<String, Object>> waiting = async(() -> summarize(body));
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());
            Map<String, Object> computed = waiting.join();
            assertEquals(false, computed.get("cached"));
            assertEquals("llm:fake-model", computed.get("engine"));
            assertEquals(1, FakeModel.calls());
            assertEquals(List.of(0L), TestDatabase.column(owner, "select count(*) from summarization.summary_leases where cache_key = ?", key));
        }
    }

    /** The cache key of {@code body}: summarised once, its summary then deleted (its cache entry goes with it). */
    private String keyOfAFormerSummary(Map<String, Object> body) throws SQLException {
        String id = (String) summarize(body).get("id");
        String key;
        try (Connection owner = TestDatabase.asOwner()) {
            key = (String) TestDatabase.column(owner, "select cache_key from summarization.summary_cache where summary_id = ?",
                    UUID.fromString(id)).get(0);
        }
        given().auth().oauth2(TestTokens.forUser(user)).when().delete("/api/summaries/" + id).then().statusCode(204);
        FakeModel.reset();
        FakeModel.answers(ModelAnswers.faithful());
        return key;
    }

    /** What a lease holder stores when it is done: a summary, its cache entry, and the lease's removal. */
    private UUID plantResult(Connection owner, String key) throws SQLException {
        UUID summary = UUID.randomUUID();
        TestDatabase.update(owner, """
                insert into summarization.conversation_summaries (id, user_id, conversation_id, summary_type, time_zone, engine,
                    summary_text, content, message_count, created_at, expires_at)
                values (?, ?, gen_random_uuid(), 'thread', 'UTC', 'llm:fake-model', 'Planted by the holder.',
                    '{"summary": "Planted by the holder.", "keyPoints": [], "actionItems": [], "decisions": [], "openQuestions": [],
                      "participants": [], "coverage": {"messagesTotal": 9, "messagesUsed": 9, "truncated": false, "leftOut": []}}',
                    9, now(), now() + interval '30 days')""", summary, user);
        TestDatabase.update(owner, "insert into summarization.summary_cache (id, user_id, cache_key, summary_id, created_at, expires_at)"
                + " values (gen_random_uuid(), ?, ?, ?, now(), now() + interval '10 minutes')", user, key, summary);
        TestDatabase.update(owner, "delete from summarization.summary_leases where user_id = ? and cache_key = ?", user, key);
        return summary;
    }
}
