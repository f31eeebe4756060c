package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Concurrent batches of one user over the same senders, each in its own conversations: half the senders are in cooldown
 * already, so the conversation caps and the taken slots interact (the claim rounds of the old code locked rows crosswise
 * and one batch died of a deadlock, 409). Every batch must be answered 200, and each free sender replied to exactly once
 * over all of them, the others never.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentBatchesTest {

    private static final int BATCHES = 4;
    private static final int SENDERS = 12;
    private static final int ROUNDS = 3;

    @Test
    void concurrentBatchesOfOneUserNeitherFailNorReplyTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BATCHES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                oneRound(pool);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void oneRound(ExecutorService pool) throws Exception {
        Api alice = Api.newUser();
        alice.createRule(rule("Away", 1, "I am away."));
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(UUID.randomUUID().toString());
        }
        for (int i = 0; i < SENDERS / 2; i++) {
            alice.post("/evaluate", from(senders.get(i), UUID.randomUUID().toString())).statusCode(200);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            List<Map<String, Object>> messages = batch(senders, b);
            batches.add(messages);
            answers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return alice.request().body(Map.of("messages", messages)).post(Api.BASE + "/evaluate/batch");
            }));
        }
        start.countDown();

        Map<String, Integer> replies = new HashMap<>();
        for (int b = 0; b < BATCHES; b++) {
            Response response = answers.get(b).get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.asString());
            List<Map<String, Object>> results = JsonPath.from(response.asString()).getList("results");
            assertEquals(3 * SENDERS, results.size());
            for (int k = 0; k < results.size(); k++) {
                if (Boolean.TRUE.equals(results.get(k).get("reply"))) {
                    replies.merge(String.valueOf(((Map<?, ?>) batches.get(b).get(k).get("sender")).get("id")), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < SENDERS; i++) {
            int expected = i < SENDERS / 2 ? 0 : 1;
            assertEquals(expected, replies.getOrDefault(senders.get(i), 0), "replies to sender " + i + ": " + replies);
        }
    }

    /** Three conversations of this batch, each with a message of every sender, in an order of its own. */
    private static List<Map<String, Object>> batch(List<String> senders, int b) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            String conversation = UUID.randomUUID().toString();
            for (int i = 0; i < SENDERS; i++) {
                int index = b % 2 == 0 ? (i + 5 * b + c) % SENDERS : SENDERS - 1 - (i + 3 * b + c) % SENDERS;
                messages.add(from(senders.get(index), conversation));
            }
        }
        return messages;
    }

    private static Map<String, Object> from(String sender, String conversation) {
        Map<String, Object> m = message("hello");
        m.put("conversationId", conversation);
        m.put("sender", new HashMap<>(Map.of("id", sender, "name", "Anna Müller")));
        return m;
    }
}
