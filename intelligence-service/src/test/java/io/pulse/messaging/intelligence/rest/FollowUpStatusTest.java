package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Follow-ups marked done, dismissed or open again: kept across analyses, counted in the overview, audited, per user. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class FollowUpStatusTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID conversation = UUID.randomUUID();
    private final Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** A question waiting for three hours: one unanswered-question follow-up. */
    private String waitingQuestion() {
        analyze(alice, conversation, ConversationOverviewTest.body(List.of(
                message("q0", "carol", "Hi Dan, I looked at the proposal.", start),
                message("q1", "dan", "Thanks Carol.", start.plusSeconds(60)),
                message("q2", "carol", "Can you confirm the budget for the pilot?", start.plusSeconds(120))), "Pilot budget", "email"))
                .statusCode(200)
                .body("followUps", hasSize(1))
                .body("followUps[0].status", equalTo("open"))
                .body("followUps[0].messageId", equalTo("q2"));
        return Conversations.get(alice, conversation).statusCode(200).body("followUps[0].status", equalTo("open"))
                .extract().path("followUps[0].id");
    }

    private ValidatableResponse patch(UUID user, String followUp, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().patch("/api/intelligence/conversations/" + conversation + "/follow-ups/" + followUp).then();
    }

    private ValidatableResponse overview(UUID user, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.forUser(user)).queryParams(query).when().get("/api/intelligence/overview").then();
    }

    @Test
    void aFollowUpMarkedDoneIsNoLongerOpenAndStaysDoneAcrossAnalyses() {
        String id = waitingQuestion();
        overview(alice, Map.of()).statusCode(200)
                .body("items[0].openFollowUps", equalTo(1))
                .body("items[0].oldestOpenFollowUpAt", equalTo(start.plusSeconds(120).toString()))
                .body("items[0].oldestOpenFollowUpWaitingSeconds", notNullValue());
        overview(alice, Map.of("hasOpenFollowUps", "true")).statusCode(200).body("items", hasSize(1));

        patch(alice, id, Map.of("status", "done")).statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("done")).body("messageId", equalTo("q2"));
        Conversations.get(alice, conversation).statusCode(200).body("followUps[0].status", equalTo("done"));
        overview(alice, Map.of()).statusCode(200)
                .body("items[0].openFollowUps", equalTo(0)).body("items[0].oldestOpenFollowUpAt", nullValue());
        overview(alice, Map.of("hasOpenFollowUps", "true")).statusCode(200).body("items", hasSize(0));
        overview(alice, Map.of("hasOpenFollowUps", "false")).statusCode(200).body("items", hasSize(1));

        // a later analysis finds the same question still waiting: same id, still done, still not counted
        analyze(alice, conversation, List.of(message("q3", "carol", "I attached the draft contract as well.", start.plusSeconds(600))))
                .statusCode(200).body("followUps.id", contains(id)).body("followUps[0].status", equalTo("done"));
        overview(alice, Map.of()).statusCode(200).body("items[0].openFollowUps", equalTo(0));

        patch(alice, id, Map.of("status", "open")).statusCode(200).body("status", equalTo("open"));
        overview(alice, Map.of("sort", "openFollowUps")).statusCode(200).body("items[0].openFollowUps", equalTo(1));
        patch(alice, id, Map.of("status", "dismissed")).statusCode(200).body("status", equalTo("dismissed"));
        patch(alice, id, Map.of("status", "dismissed")).statusCode(200); // unchanged: nothing recorded

        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/audit").then().statusCode(200)
                .body("items.action", contains("follow_up.updated", "follow_up.updated", "follow_up.updated"))
                .body("items.changes.status", contains("dismissed", "open", "done"))
                .body("items[0].targetId", equalTo(id));
    }

    @Test
    void badStatusesAndUnknownFollowUpsAreRefused() {
        String id = waitingQuestion();
        patch(alice, id, Map.of("status", "finished")).statusCode(400).contentType("application/problem+json");
        patch(alice, id, Map.of()).statusCode(400).contentType("application/problem+json");
        patch(alice, id, Map.of("status", "done", "note", "x")).statusCode(400);
        patch(alice, UUID.randomUUID().toString(), Map.of("status", "done")).statusCode(404).contentType("application/problem+json");
        patch(alice, "not-a-uuid", Map.of("status", "done")).statusCode(404);
        Conversations.get(alice, conversation).statusCode(200).body("followUps[0].status", equalTo("open"));
    }

    @Test
    void anotherUserCannotSeeOrChangeTheStatus() throws Exception {
        String id = waitingQuestion();
        patch(bob, id, Map.of("status", "done")).statusCode(404).contentType("application/problem+json");
        patch(alice, id, Map.of("status", "done")).statusCode(200);
        // bob analyses a conversation of the same id with the same messages: his follow-up has the same id, and is open
        analyze(bob, conversation, List.of(message("q0", "carol", "Hi Dan, I looked at the proposal.", start),
                message("q1", "dan", "Thanks Carol.", start.plusSeconds(60)),
                message("q2", "carol", "Can you confirm the budget for the pilot?", start.plusSeconds(120))))
                .statusCode(200).body("followUps[0].id", equalTo(id)).body("followUps[0].status", equalTo("open"));
        overview(bob, Map.of("hasOpenFollowUps", "true")).statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/intelligence/audit").then().statusCode(200)
                .body("items", hasSize(0));
        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            assertEquals(List.of(0L), TestDatabase.column(asBob, "select count(*) from intelligence.follow_up_state"));
            assertEquals(0, TestDatabase.update(asBob, "update intelligence.follow_up_state set status = 'open'"));
        }
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertEquals(List.of("done"), TestDatabase.column(asAlice, "select status from intelligence.follow_up_state"));
        }
    }
}
