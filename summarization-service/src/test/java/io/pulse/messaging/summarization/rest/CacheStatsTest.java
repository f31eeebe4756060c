package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The cache statistics: a user reads the counts of their own requests only; a service token reads the replica's. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CacheStatsTest {

    private static final String STATS = "/api/summaries/cache/stats";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void aUserReadsTheCountsOfTheirOwnRequestsOnly() {
        Map<String, Object> body = Threads.request(UUID.randomUUID(), Threads.launch());
        SummaryApiTest.post(alice, body).statusCode(201);
        SummaryApiTest.post(alice, body).statusCode(200);
        SummaryApiTest.post(alice, body).statusCode(200);

        as(TestTokens.forUser(alice)).get(STATS).then().statusCode(200)
                .body("sinceStart.hits", equalTo(2)).body("sinceStart.misses", equalTo(1))
                .body("lastHour.hits", equalTo(2)).body("lastHour.misses", equalTo(1)).body("lastHour.hitRate", equalTo(0.6667f));
        // Bob made no request: he sees nothing of Alice's
        as(TestTokens.forUser(bob)).get(STATS).then().statusCode(200)
                .body("sinceStart.hits", equalTo(0)).body("sinceStart.misses", equalTo(0)).body("sinceStart.hitRate", nullValue())
                .body("lastHour.hits", equalTo(0)).body("lastHour.misses", equalTo(0));
        as(TestTokens.forUser(bob)).header("X-Pulse-Act-For", alice.toString()).get(STATS).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aServiceTokenReadsTheWholeReplicaOrTheUserItActsFor() {
        Map<String, Object> body = Threads.request(UUID.randomUUID(), Threads.launch());
        SummaryApiTest.post(alice, body).statusCode(201);
        SummaryApiTest.post(alice, body).statusCode(200);
        SummaryApiTest.post(bob, body).statusCode(201);

        as(TestTokens.service()).get(STATS).then().statusCode(200)
                .body("sinceStart.hits", greaterThanOrEqualTo(1)).body("sinceStart.misses", greaterThanOrEqualTo(2));
        as(TestTokens.service()).header("X-Pulse-Act-For", bob.toString()).get(STATS).then().statusCode(200)
                .body("sinceStart.hits", equalTo(0)).body("sinceStart.misses", equalTo(1));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("pulse_summary_cache_requests_total{cache=\"summary_cache\",result=\"hit\"}"))
                .body(containsString("pulse_summary_engine_time_seconds_count"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).when();
    }
}
