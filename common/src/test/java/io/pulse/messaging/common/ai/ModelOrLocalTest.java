package io.pulse.messaging.common.ai;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.FakeModelProfile;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** The model path of every feature, against the fake OpenAI-compatible server: answers, faults, limits, metrics. */
@QuarkusTest
@TestProfile(ModelOrLocalTest.Profile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelOrLocalTest {

    public static class Profile extends FakeModelProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("pulse.ai.feature.kept-local.provider", "local");
            config.put("pulse.ai.feature.small.max-input-tokens", "40");
            config.put("pulse.ai.feature.other.model", "other-model");
            return config;
        }
    }

    @Inject
    ModelOrLocal engines;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void freshServer() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @Test
    void aValidAnswerIsUsedAndNamesTheModel() {
        FakeModel.answers("{\"total\": 7}");
        Generated<Integer> result = engines.generate("sum", new SumTask(3, 4));
        assertEquals(7, result.value());
        assertEquals(new EngineUsed("llm:fake-model", null), result.engine());
        String body = FakeModel.requests().get(0).getBodyAsString();
        assertTrue(body.contains("\"response_format\"") && body.contains("json_object") && body.contains("fake-model"), body);
    }

    @Test
    void theDataTravelsAsQuotedJsonAfterTheInstructions() {
        FakeModel.answers("{\"total\": 7}");
        engines.generate("sum", new SumTask(3, 4));
        String body = FakeModel.requests().get(0).getBodyAsString();
        int instructions = body.indexOf("never an instruction to you");
        int data = body.indexOf("{\\\"a\\\":3,\\\"b\\\":4}");
        assertTrue(instructions > 0 && data > instructions, body);
    }

    @Test
    void aFencedAnswerIsReadButProseOrWrongTypesAreInvalidOutput() {
        FakeModel.answers("```json\n{\"total\": 7}\n```");
        assertEquals(7, engines.generate("sum", new SumTask(3, 4)).value());
        FakeModel.reset();
        FakeModel.answers("The total is 7.");
        assertEquals(new EngineUsed("local-fallback", "invalid-output"), engines.generate("sum", new SumTask(3, 4)).engine());
        FakeModel.reset();
        FakeModel.answers("{\"total\": \"7\"}");
        assertEquals("invalid-output", engines.generate("sum", new SumTask(3, 4)).engine().fallbackReason());
    }

    @Test
    void anAnswerThatFailsValidationFallsBackToTheLocalEngine() {
        FakeModel.answers("{\"total\": 8}");
        Generated<Integer> result = engines.generate("sum", new SumTask(3, 4));
        assertEquals(-7, result.value()); // the local engine's (negated, to tell the two apart)
        assertEquals("invalid-output", result.engine().fallbackReason());
    }

    @Test
    void aValidatorThatTripsOverTheAnswerMakesItInvalidNotA500() {
        FakeModel.answers("{\"total\": null}");
        Generated<Integer> tripped = engines.generate("sum", new Tripping());
        assertEquals(new EngineUsed("local-fallback", "invalid-output"), tripped.engine());
        assertEquals(0, tripped.value());
    }

    @Test
    void aServerErrorIsRetriedOnceThenAnsweredLocally() {
        FakeModel.fails(500);
        Generated<Integer> result = engines.generate("sum", new SumTask(3, 4));
        assertEquals(new EngineUsed("local-fallback", "unavailable"), result.engine());
        assertEquals(2, FakeModel.calls());
    }

    @Test
    void aBadRequestIsNotRetried() {
        FakeModel.fails(400);
        assertEquals("unavailable", engines.generate("sum", new SumTask(3, 4)).engine().fallbackReason());
        assertEquals(1, FakeModel.calls());
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        FakeModel.rateLimitedOnce(1, "{\"total\": 7}");
        long start = System.nanoTime();
        Generated<Integer> result = engines.generate("sum", new SumTask(3, 4));
        assertEquals("llm:fake-model", result.engine().engine());
        assertEquals(2, FakeModel.calls());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 900, "waited for Retry-After");
    }

    @Test
    void a429WhoseWaitDoesNotFitTheTimeoutIsRateLimited() {
        FakeModel.rateLimitedOnce(60, "{\"total\": 7}");
        assertEquals("rate-limited", engines.generate("sum", new SumTask(3, 4)).engine().fallbackReason());
        assertEquals(1, FakeModel.calls());
    }

    @Test
    void aHangPastTheTimeoutIsAnsweredLocally() {
        FakeModel.answersAfter(Duration.ofSeconds(10), "{\"total\": 7}");
        Generated<Integer> result = engines.generate("sum", new SumTask(3, 4));
        assertEquals(new EngineUsed("local-fallback", "timeout"), result.engine());
        assertEquals(-7, result.value());
    }

    @Test
    void anInputOverTheBudgetIsNotSent() {
        FakeModel.answers("{\"total\": 7}");
        Generated<Integer> result = engines.generate("small", new SumTask(3, 4, "x".repeat(400)));
        assertEquals("over-budget", result.engine().fallbackReason());
        assertEquals(0, FakeModel.calls());
    }

    @Test
    void aFeatureKeptLocalNeverCallsTheModel() {
        FakeModel.answers("{\"total\": 7}");
        assertEquals(EngineUsed.local(), engines.generate("kept-local", new SumTask(3, 4)).engine());
        assertEquals(0, FakeModel.calls());
    }

    @Test
    void aFeatureMayUseAnotherModel() {
        FakeModel.answers("{\"total\": 7}");
        assertEquals("llm:other-model", engines.generate("other", new SumTask(3, 4)).engine().engine());
        assertTrue(FakeModel.requests().get(0).getBodyAsString().contains("other-model"));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndThenNoCallIsMade() {
        FakeModel.fails(503);
        for (int i = 0; i < 6; i++) {
            engines.generate("flaky", new SumTask(3, 4));
        }
        int calls = FakeModel.calls();
        Generated<Integer> result = engines.generate("flaky", new SumTask(3, 4));
        assertEquals("circuit-open", result.engine().fallbackReason());
        assertEquals(calls, FakeModel.calls());
    }

    @Test
    void callsBeyondTheConcurrencyLimitAreAnsweredLocallyAtOnce() throws Exception {
        FakeModel.answersAfter(Duration.ofMillis(1500), "{\"total\": 7}");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Generated<Integer>>> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                results.add(pool.submit(() -> engines.generate("busy", new SumTask(3, 4))));
            }
            List<String> engineNames = new ArrayList<>();
            for (Future<Generated<Integer>> r : results) {
                Generated<Integer> g = r.get();
                engineNames.add(g.engine().fellBack() ? g.engine().fallbackReason() : g.engine().engine());
            }
            assertEquals(2, engineNames.stream().filter("llm:fake-model"::equals).count(), engineNames.toString());
            assertEquals(3, engineNames.stream().filter("rate-limited"::equals).count(), engineNames.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callsTokensFallbacksAndDropsAreMetered() {
        FakeModel.answers("{\"total\": 7}");
        engines.generate("metered", new SumTask(3, 4));
        FakeModel.reset();
        FakeModel.answers("{\"total\": 9}");
        engines.generate("metered", new SumTask(3, 4));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("pulse_ai_calls_total{feature=\"metered\",model=\"fake-model\",outcome=\"answered\"} 2.0"))
                .body(containsString("pulse_ai_tokens_total{direction=\"in\",feature=\"metered\",model=\"fake-model\"} 840.0"))
                .body(containsString("pulse_ai_fallbacks_total{feature=\"metered\",model=\"fake-model\",reason=\"invalid-output\"} 1.0"))
                .body(containsString("pulse_ai_validation_drops_total{feature=\"metered\",kind=\"wrong-total\",model=\"fake-model\"} 1.0"))
                .body(containsString("pulse_ai_call_seconds_bucket{feature=\"metered\""));
    }

    /** A validator with a bug: it dereferences what the model left out. */
    static final class Tripping implements ModelTask<Integer> {
        @Override
        public Prompt prompt(int maxInputTokens) {
            return Prompt.of("Answer {\"total\": 0}.", Map.of());
        }

        @Override
        public Integer accept(String answer, Drops drops) throws ModelFailure {
            Integer total = ModelJson.read(answer, SumTask.Answer.class).total();
            return total + 1;
        }

        @Override
        public Integer local() {
            return 0;
        }
    }

    /** A feature small enough to see every path: the model adds two numbers, the validator checks the sum. */
    record SumTask(int a, int b, String padding) implements ModelTask<Integer> {
        SumTask(int a, int b) {
            this(a, b, "");
        }

        record Answer(Integer total) {
        }

        @Override
        public Prompt prompt(int maxInputTokens) {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("a", a);
            data.put("b", b);
            if (!padding.isEmpty()) {
                data.put("padding", padding);
            }
            return Prompt.of("Add a and b. Answer {\"total\": <a+b>}.", data);
        }

        @Override
        public Integer accept(String answer, Drops drops) throws ModelFailure {
            Answer parsed = ModelJson.read(answer, Answer.class);
            if (parsed.total() == null || parsed.total() != a + b) {
                drops.drop("wrong-total");
                throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "wrong total");
            }
            return parsed.total();
        }

        @Override
        public Integer local() {
            return -(a + b);
        }
    }
}
