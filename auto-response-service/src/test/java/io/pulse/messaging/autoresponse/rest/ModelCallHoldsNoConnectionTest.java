package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.FakeModelProfile;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A generated rule reply is written while no database connection is held: with a pool of two connections and ten
 * evaluations all waiting on a slow model at once, a plain read of the rules still gets a connection and answers
 * before any of them completes. Were the model called inside a transaction, two evaluations would hold both
 * connections for the length of the call and the other eight, and the read, would queue behind them.
 */
@QuarkusTest
@TestProfile(ModelCallHoldsNoConnectionTest.Profile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelCallHoldsNoConnectionTest {

    private static final int EVALUATIONS = 10;

    public static class Profile extends FakeModelProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.datasource.reactive.max-size", "2");
            config.put("pulse.ai.max-concurrency", Integer.toString(EVALUATIONS)); // every call reaches the model at once
            config.put("pulse.ai.timeout", "10s");
            return config;
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @Test
    void aDatabaseReadAnswersWhileEvaluationsWaitOnTheModel() throws Exception {
        String template = "Thanks for your message. I'm travelling this week and will answer on Monday.";
        String rewrite = "Thanks for your message about the contract. I'm travelling this week and will answer on Monday.";
        FakeModel.answersAfter(Duration.ofSeconds(2), "{\"reply\": \"" + rewrite + "\"}");
        Api alice = Api.newUser();
        Map<String, Object> travelling = rule("Travelling", 1, template);
        travelling.put("generatedReply", true);
        alice.createRule(travelling);

        ExecutorService pool = Executors.newFixedThreadPool(EVALUATIONS);
        try {
            List<Future<Map<String, Object>>> evaluations = new ArrayList<>();
            for (int i = 0; i < EVALUATIONS; i++) {
                // a different sender each, so that no cooldown stands between them
                Map<String, Object> m = with(message("Could you send me the signed contract?"), "sender",
                        Map.of("id", UUID.randomUUID().toString(), "name", "Sender " + i));
                evaluations.add(pool.submit(() -> alice.post("/evaluate", m).statusCode(200).extract().<Map<String, Object>>path("")));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> FakeModel.calls() == EVALUATIONS);

            alice.get("/rules").statusCode(200).body("items", hasSize(1));
            assertTrue(evaluations.stream().noneMatch(Future::isDone), "the read answered while every evaluation waited on the model");

            for (Future<Map<String, Object>> evaluation : evaluations) {
                Map<String, Object> result = evaluation.get(30, TimeUnit.SECONDS);
                assertEquals(true, result.get("reply"), result.toString());
                assertEquals(rewrite, result.get("text"), result.toString());
                assertEquals("llm:fake-model", result.get("engine"), result.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
