package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.drops;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageAnswer;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageRequest;
import static io.pulse.messaging.intelligence.rest.ModelAnswers.outageThread;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * What happens to the model call, seen through the API: a 429 is waited out or answered locally, a failing or
 * hanging model is answered locally (200, never 5xx) with the reason, no database connection waits with an analysis
 * for the model, and the stateless sentiment endpoint uses the model too.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelFaultsTest {

    static final int CONCURRENT_ANALYSES = 10;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final UUID alice = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void freshModel() {
        FakeModel.reset();
        breakers.resetAll();
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        FakeModel.rateLimitedOnce(1, outageAnswer(start));
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("messages.find { it.messageId == 's3' }.reason", equalTo("sarcasm"));
        assertEquals(2, FakeModel.calls());

        FakeModel.reset();
        FakeModel.rateLimitedOnce(60, outageAnswer(start));
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("rate-limited"));
    }

    @Test
    void aServerErrorIsAnsweredLocally() {
        FakeModel.fails(500);
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("unavailable"))
                .body("messages.reason", everyItem(nullValue()))
                .body("messageCount", equalTo(outageThread(start).size()));
        assertEquals(2, FakeModel.calls());
    }

    @Test
    void aModelThatHangsIsAnsweredLocallyAfterTheTimeout() {
        FakeModel.answersAfter(Duration.ofSeconds(10), outageAnswer(start));
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200)
                .body("engine", equalTo("local-fallback"))
                .body("fallbackReason", equalTo("timeout"))
                .body("messageCount", equalTo(outageThread(start).size()));
    }

    @Test
    void aReadIsAnsweredWhileAnalysesWaitForTheModel() throws Exception {
        // warm: the first analysis of the application compiles its queries
        FakeModel.answers(outageAnswer(start));
        analyze(alice, UUID.randomUUID(), outageRequest(start)).statusCode(200);
        FakeModel.reset();
        FakeModel.answersAfter(Duration.ofSeconds(2), outageAnswer(start));
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_ANALYSES);
        try {
            List<Future<String>> analyses = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_ANALYSES; i++) {
                analyses.add(pool.submit(() -> analyze(alice, UUID.randomUUID(), outageRequest(start))
                        .statusCode(200).extract().path("engine")));
            }
            // every analysis has read its snapshot and waits for the model: with two connections, were they held
            // during the call, eight analyses could not even have asked the model yet
            await("all analyses waiting for the model").atMost(Duration.ofSeconds(30))
                    .until(() -> FakeModel.calls() == CONCURRENT_ANALYSES);

            int read = given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/overview")
                    .then().extract().statusCode();
            long finished = analyses.stream().filter(Future::isDone).count();

            assertEquals(200, read);
            assertEquals(0, finished, "the read was answered before any analysis ended");
            for (Future<String> analysis : analyses) {
                assertEquals("llm:fake-model", analysis.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/overview")
                .then().statusCode(200).body("conversations", equalTo(CONCURRENT_ANALYSES + 1));
    }

    @Test
    void theSentimentEndpointUsesTheModel() {
        double unknown = drops("sentiment", "unknown-message");
        FakeModel.answers("""
                {"results": [
                  {"id": "t1", "label": "negative", "score": -0.7, "reason": "sarcasm"},
                  {"id": "t2", "label": "positive", "score": 0.8, "reason": "thanks"},
                  {"id": "t3", "label": "negative", "score": -0.5, "reason": "non-English, complaint"},
                  {"id": "t4", "label": "positive", "score": 0.9, "reason": "extra"}
                ]}""");
        given().auth().oauth2(TestTokens.forUser(alice))
                .contentType("application/json")
                .body(Map.of("texts", List.of("great, another outage. third time this week. love it.",
                        "Thanks a lot, that fixed it!", "Le déploiement a encore échoué, c'est la troisième fois.")))
                .when().post("/api/intelligence/sentiment")
                .then().statusCode(200)
                .body("engine", equalTo("llm:fake-model"))
                .body("fallbackReason", nullValue())
                .body("results.label", contains("negative", "positive", "negative"))
                .body("results[0].reason", equalTo("sarcasm"))
                .body("results[0].positive", nullValue())
                .body("results[2].reason", equalTo("non-English, complaint"));
        assertEquals(unknown + 1, drops("sentiment", "unknown-message"));
    }
}
