package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.StatementCounter;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A batch's statements do not grow with its messages: one rules-version read, one lock of the conversations, one count of
 * their recent replies, one lock of the existing cooldown rows, one cooldown claim and one log insert for all of them.
 * Counted on the client (every statement the Vert.x pool sends, see {@link StatementCounter}), for a 5- and a 50-message
 * batch of the same mix: replies, cooldowns within the batch, conversation caps, loop guards and messages no rule matches.
 * The scheduled jobs (erasure resumption every 30 s, the daily cleanup) are off in this test's profile, so nothing but
 * the requests sends statements while they are counted.
 */
@QuarkusTest
@TestProfile(BatchRoundTripsTest.NoScheduledJobs.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class BatchRoundTripsTest {

    /** No scheduled job runs: their statements would be counted with the request's. */
    public static class NoScheduledJobs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void aBatchsStatementsDoNotGrowWithItsMessages() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 1, "Prices are online.", "price"));
        alice.post("/evaluate", message("warm-up")).statusCode(200); // compiles the rules: both batches find them cached

        long small = statements(alice, 5);
        long large = statements(alice, 50);

        long before = StatementCounter.count();
        alice.post("/evaluate", message("what is the price?")).statusCode(200);
        long single = StatementCounter.count() - before;
        System.out.printf("statements: one evaluate (reply sent) %d, 5-message batch %d, 50-message batch %d%n", single, small, large);
        assertEquals(small, large, "a 50-message batch ran " + large + " statements, a 5-message batch " + small);
    }

    /** Statements run by one batch of {@code size} messages, after checking its outcomes keep every limit. */
    private static long statements(Api alice, int size) {
        List<Map<String, Object>> messages = messages(size);
        long before = StatementCounter.count();
        String body = alice.post("/evaluate/batch", Map.of("messages", messages)).statusCode(200).extract().asString();
        long ran = StatementCounter.count() - before;

        List<Map<String, Object>> results = JsonPath.from(body).getList("results");
        assertEquals(size, results.size());
        Set<Object> repliedSenders = new HashSet<>();
        Map<Object, Integer> perConversation = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (Boolean.TRUE.equals(results.get(i).get("reply"))) {
                Map<?, ?> sender = (Map<?, ?>) messages.get(i).get("sender");
                assertTrue(repliedSenders.add(sender.get("id")), "one reply per sender within the rule's cooldown");
                assertTrue(perConversation.merge(messages.get(i).get("conversationId"), 1, Integer::sum) <= 3, "conversation cap");
            }
        }
        assertTrue(results.stream().anyMatch(r -> "cooldown".equals(r.get("reason"))) || size < 10);
        return ran;
    }

    /** Messages over 10 conversations and 7 fresh senders; every 5th matches no rule, every 11th is itself automatic. */
    private static List<Map<String, Object>> messages(int size) {
        List<String> conversations = fresh(10);
        List<String> senders = fresh(7);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> m = message(i % 5 == 4 ? "hello" : "what is the price?");
            m.put("conversationId", conversations.get(i % 10));
            m.put("sender", new HashMap<>(Map.of("id", senders.get(i % 7), "name", "Anna Müller")));
            if (i % 11 == 10) {
                m.put("autoSubmitted", "auto-replied");
            }
            messages.add(m);
        }
        return messages;
    }

    private static List<String> fresh(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }
}
