package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.ModelProfile;
import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * With a pool of two connections ({@link ModelProfile}) and a model that takes seconds, suggestion requests waiting
 * for the model hold no connection: a plain read answers while they wait.
 */
@QuarkusTest
@Tag(ModelProfile.TAG)
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelCallHoldsNoConnectionTest {

    private static final String SLOW_ANSWER = """
            {"suggestions": [{"text": "Give ambulance crews a direct line to the triage nurse so beds are ready on arrival.",
                              "step": "substitute", "basedOn": [],
                              "rationale": "Substitutes a phone handover for the queue at the front desk."}]}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    private final UUID owner = UUID.randomUUID();

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    private String suggest(String session) {
        return as(owner).body(Map.of("step", "substitute", "count", 1)).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(200).extract().path("engine");
    }

    @Test
    void aPlainReadAnswersWhileSlowModelCallsAreInFlight() throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String session = createSession(owner, "scamper");
            addIdea(owner, session, "Idea " + i + ": let patients check in on a tablet at the entrance", "substitute");
            sessions.add(session); // ten sessions: ten different questions, none answered from the cache
        }
        FakeModel.answersAfter(Duration.ofSeconds(2), SLOW_ANSWER);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<String>> slow = new ArrayList<>();
            for (String session : sessions) {
                slow.add(pool.submit(() -> suggest(session)));
            }
            // Both of this replica's model calls (pulse.ai.max-concurrency=2) have reached the model and wait there.
            await().atMost(Duration.ofSeconds(10)).until(() -> FakeModel.calls() >= 2);

            as(owner).when().get(SESSIONS + "/" + sessions.get(0) + "/ideas").then().statusCode(200);

            long answeredByModel = slow.stream().filter(Future::isDone).filter(f -> "llm:fake-model".equals(join(f))).count();
            assertEquals(0, answeredByModel, "the read answered before any model call ended, so it waited for none");
            List<String> engines = new ArrayList<>();
            for (Future<String> future : slow) {
                engines.add(future.get());
            }
            assertTrue(engines.stream().filter("llm:fake-model"::equals).count() >= 2, engines.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
