package io.pulse.messaging.local;

import static io.pulse.messaging.local.ReplicaSuite.AUTO_RESPONSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Cooldowns are decided on rows, and a rule changed on one replica is what the other uses next. */
@Order(1)
class AutoResponseReplicasTest {

    private static final String RULES = "/api/auto-responses/rules";
    private static final String EVALUATE = "/api/auto-responses/evaluate";

    @Test
    void twentyConcurrentEvaluationsOfOneSenderOverTwoReplicasAnswerOnce() throws Exception {
        ReplicaSuite.User owner = new ReplicaSuite.User("Cooldown Owner");
        owner.on(AUTO_RESPONSE, 0).call("POST", RULES, rule("Pricing", "Our prices: example.com/prices"));
        JsonObject sender = new JsonObject().put("id", UUID.randomUUID().toString()).put("name", "Dana Whitfield")
                .put("email", "dana@customer.example");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<CompletableFuture<DemoClient.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                DemoClient replica = owner.on(AUTO_RESPONSE, i % ReplicaSuite.REPLICAS);
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return replica.exchange("POST", EVALUATE, message(sender, "What is your pricing for teams?"));
                }, pool));
            }
            start.countDown();
            int replies = 0;
            int cooldowns = 0;
            for (CompletableFuture<DemoClient.Answer> future : answers) {
                DemoClient.Answer answer = future.get();
                assertEquals(200, answer.status(), answer.body());
                if (answer.json().getBoolean("reply", false)) {
                    replies++;
                } else if ("cooldown".equals(answer.json().getString("reason"))) {
                    cooldowns++;
                }
            }
            assertEquals(1, replies, "exactly one reply across the replicas");
            assertEquals(19, cooldowns, "the others are suppressed by the cooldown");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRuleEditedThroughOneReplicaIsUsedByTheOtherOnItsNextEvaluation() {
        ReplicaSuite.User owner = new ReplicaSuite.User("Rule Owner");
        DemoClient a = owner.on(AUTO_RESPONSE, 0);
        DemoClient b = owner.on(AUTO_RESPONSE, 1);
        String id = a.call("POST", RULES, rule("Pricing", "Old answer")).getString("id");
        // Replica B compiles the user's rules and answers with the old template.
        assertEquals("Old answer", b.call("POST", EVALUATE, message(newSender(), "pricing?")).getString("text"));
        a.call("PUT", RULES + "/" + id, rule("Pricing", "New answer"));
        assertEquals("New answer", b.call("POST", EVALUATE, message(newSender(), "pricing?")).getString("text"));
        a.call("POST", RULES + "/" + id + "/disable", null);
        JsonObject disabled = b.call("POST", EVALUATE, message(newSender(), "pricing?"));
        assertTrue(!disabled.getBoolean("reply", false), "a rule disabled on A no longer answers on B: " + disabled);
    }

    private static JsonObject rule(String name, String template) {
        return new JsonObject().put("name", name).put("template", template)
                .put("conditions", new JsonObject().put("keywords", new JsonObject().put("terms", new JsonArray().add("pricing"))));
    }

    private static JsonObject newSender() {
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("name", "Sam Sender").put("email", "sam@customer.example");
    }

    private static JsonObject message(JsonObject sender, String content) {
        return new JsonObject().put("messageId", UUID.randomUUID().toString())
                .put("conversationId", UUID.randomUUID().toString())
                .put("sender", sender)
                .put("content", content)
                .put("sentAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString())
                .put("channel", "email");
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
