package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CooldownConcurrencyTest {

    @Test
    void simultaneousMessagesFromOneSenderGetAtMostOneReply() throws Exception {
        Api alice = Api.newUser();
        String ruleId = alice.createRule(rule("Once a day", 1, "Thanks, I'll get back to you."));
        String sender = UUID.randomUUID().toString();
        int parallel = 8;
        for (int round = 0; round < 3; round++) {
            Map<String, Object> base = message("hello");
            base.put("sender", Map.of("id", sender, "name", "Anna"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                List<Future<Boolean>> replies = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    // different conversations, so only the cooldown (not the conversation lock) stands between them
                    Map<String, Object> m = with(with(base, "messageId", UUID.randomUUID().toString()), "conversationId", UUID.randomUUID().toString());
                    replies.add(pool.submit(() -> {
                        start.await();
                        return alice.post("/evaluate", m).statusCode(200).extract().<Boolean>path("reply");
                    }));
                }
                start.countDown();
                int sent = 0;
                for (Future<Boolean> reply : replies) {
                    sent += reply.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(round == 0 ? 1 : 0, sent, "replies in round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, Object> stats = alice.get("/rules/" + ruleId + "/stats").statusCode(200).extract().path("");
        assertEquals(1, stats.get("sent"));
        assertEquals(3 * parallel - 1, stats.get("suppressed"));
    }
}
