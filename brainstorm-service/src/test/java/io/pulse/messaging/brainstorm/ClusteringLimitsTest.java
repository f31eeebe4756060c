package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.service.ClusteringGate;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Clustering is bounded per replica: past the running and queued clusterings it accepts, a request gets a 503 problem
 * with Retry-After at once; a request whose client hangs up while it waits gives its place up and is never computed.
 * The test fills the application's own gate (as concurrent requests would) instead of racing real requests.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ClusteringLimitsTest {

    @Inject
    ClusteringGate gate;

    @TestHTTPResource("/")
    URI base;

    private final UUID owner = UUID.randomUUID();

    @Test
    void pastTheQueueAClusteringRequestIsA503WithRetryAfter() {
        String session = createSession(owner, "free_form");
        addIdea(owner, session, "Solar panels on the office roof", null);
        List<ClusteringGate.Ticket> held = new ArrayList<>();
        try {
            for (int i = 0; i < gate.concurrency() + gate.queueSize(); i++) {
                held.add(gate.admit());
            }
            as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("\\d+"))
                    .body("type", equalTo("urn:pulse:problem:clustering-busy"))
                    .body("status", equalTo(503))
                    .body("instance", equalTo(SESSIONS + "/" + session + "/clusters"));
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("brainstorm_clusterings_rejected_total") && !line.endsWith(" 0.0")),
                    "rejections are counted");
            // Reading the latest clustering is not limited.
            as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(404);
        } finally {
            held.forEach(ClusteringGate.Ticket::leave);
        }
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200).body("ideaCount", equalTo(1));
    }

    @Test
    void theOpenApiDocumentStatesThe503AndItsRetryAfter() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/brainstorm/sessions/{id}/clusters'.post.responses.'503'.description", containsString("clusterings"))
                .body("paths.'/api/brainstorm/sessions/{id}/clusters'.post.responses.'503'.headers.Retry-After.schema.type", equalTo("integer"))
                .body("paths.'/api/brainstorm/sessions/{id}/clusters'.post.responses.'503'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void aRequestWhoseClientHangsUpWhileWaitingIsNeverComputed() throws Exception {
        String session = createSession(owner, "free_form");
        addIdea(owner, session, "Free fruit in the kitchen every Monday", null);
        // Every slot busy with a clustering that waits for the test.
        CountDownLatch release = new CountDownLatch(1);
        List<Cancellable> busy = new ArrayList<>();
        try {
            for (int i = 0; i < gate.concurrency(); i++) {
                busy.add(gate.admit().compute(() -> {
                    try {
                        return release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }).subscribe().with(done -> { }, failure -> { }));
            }
            try (Socket client = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = client.getOutputStream();
                out.write(("POST " + SESSIONS + "/" + session + "/clusters HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                        + "Authorization: Bearer " + TestTokens.forUser(owner) + "\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                awaitState(() -> gate.waitingForSlot() == 1, "the request read its ideas and waits for a slot");
            }
            awaitState(() -> gate.waitingForSlot() == 0, "the hung-up request left the queue");
            assertEquals(gate.concurrency(), gate.running(), "only the test's clusterings hold slots");
            assertEquals(0, gate.queued(), "nothing else is queued: the abandoned request can never start");
        } finally {
            release.countDown();
        }
        awaitState(() -> gate.running() == 0, "the test's clusterings ended");
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(404);
    }

    /** One user's session of many ideas costs a clustering in the square of their count: past the cap it is a 422, computed never. */
    @Test
    void aSessionWithMoreIdeasThanAClusteringTakesIsA422() throws Exception {
        String session = createSession(owner, "free_form");
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "insert into brainstorm.brainstorm_ideas (id, session_id, user_id, created_at, updated_at, step, text) "
                    + "select gen_random_uuid(), ?::uuid, ?, now(), now(), 'ideas', 'Idea number ' || n from generate_series(1, 2001) n",
                    session, owner);
        }
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("2001 ideas"));
        assertEquals(0, gate.queued() + gate.running(), "it took no place in the gate");
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(404);
    }

    /** Waits for something the server does asynchronously (a disconnect noticed, a worker finished); fails after a generous bound. */
    private static void awaitState(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }
}
