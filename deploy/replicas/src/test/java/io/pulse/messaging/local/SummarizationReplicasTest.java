package io.pulse.messaging.local;

import static io.pulse.messaging.local.ReplicaSuite.SUMMARIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Identical summary requests landing on different replicas run the engine once, and all get the same summary. */
@Order(2)
class SummarizationReplicasTest {

    /** The engine's timer: one sample per computation, on the replica that ran it. */
    private static final String ENGINE_RUNS = "pulse_summary_engine_time_seconds_count";

    @Test
    void tenConcurrentIdenticalRequestsOverTwoReplicasRunTheEngineOnce() throws Exception {
        ReplicaSuite.User user = new ReplicaSuite.User("Summary Reader");
        JsonObject request = thread();
        double before = engineRuns();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<CompletableFuture<DemoClient.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                DemoClient replica = user.on(SUMMARIZATION, i % ReplicaSuite.REPLICAS);
                answers.add(CompletableFuture.supplyAsync(() -> {
                    AutoResponseReplicasTest.await(start);
                    return replica.exchange("POST", "/api/summaries", request);
                }, pool));
            }
            start.countDown();
            List<String> summaries = new ArrayList<>();
            int computed = 0;
            for (CompletableFuture<DemoClient.Answer> future : answers) {
                DemoClient.Answer answer = future.get();
                assertTrue(answer.status() == 200 || answer.status() == 201, answer.status() + " " + answer.body());
                computed += answer.status() == 201 ? 1 : 0;
                JsonObject summary = answer.json();
                summaries.add(summary.getString("summary") + " | " + summary.getJsonArray("keyPoints").encode());
            }
            assertEquals(1, summaries.stream().distinct().count(), "every answer is the same summary: " + summaries);
            assertEquals(1, computed, "one answer is the computation (201), the others the cached result (200)");
            assertEquals(1.0, engineRuns() - before, "the engine ran once across both replicas");
        } finally {
            pool.shutdownNow();
        }
    }

    private static double engineRuns() {
        double runs = 0;
        for (int i = 0; i < ReplicaSuite.REPLICAS; i++) {
            runs += ReplicaSuite.metric(SUMMARIZATION, i, ENGINE_RUNS);
        }
        return runs;
    }

    /** A short thread, unique to this run (so no earlier cache entry answers it). */
    private static JsonObject thread() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        String[][] lines = {
                {"Ana", "We need to decide the launch date for the mobile app " + UUID.randomUUID() + "."},
                {"Ben", "I propose Tuesday the 14th; QA finishes the regression run on Monday."},
                {"Ana", "Agreed, Tuesday it is. Ben, can you draft the release notes by Friday?"},
                {"Ben", "Yes, I will send the release notes on Friday. Who updates the store listing?"},
                {"Cleo", "I can take the store listing, but I need the final screenshots first."},
        };
        java.util.Map<String, String> people = new java.util.HashMap<>();
        JsonArray messages = new JsonArray();
        for (int i = 0; i < lines.length; i++) {
            String sender = people.computeIfAbsent(lines[i][0], name -> UUID.randomUUID().toString());
            messages.add(new JsonObject().put("id", UUID.randomUUID().toString())
                    .put("sender", new JsonObject().put("id", sender).put("name", lines[i][0]))
                    .put("content", lines[i][1]).put("sentAt", start.plusMinutes(3L * i).toString()));
        }
        return new JsonObject().put("conversationId", UUID.randomUUID().toString()).put("type", "thread").put("messages", messages);
    }
}
