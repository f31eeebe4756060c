package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class IsolationTest {

    private static final List<String> TABLES = List.of("conversation_intelligence", "sentiment_history", "topic_detection_history");

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anotherUsersConversationIsNotFoundOnEveryEndpoint() {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start)).statusCode(200);
        String base = "/api/intelligence/conversations/" + conversation;

        for (String path : List.of(base, base + "/sentiment-history", base + "/topics")) {
            given().auth().oauth2(TestTokens.forUser(bob)).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.forUser(alice)).when().get(path).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/intelligence/overview")
                .then().statusCode(200)
                .body("conversations", equalTo(0))
                .body("mostNegative", hasSize(0))
                .body("waitingQuestions", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/overview")
                .then().statusCode(200)
                .body("mostNegative.conversationId", hasItem(conversation.toString()));
    }

    @Test
    void analysingTheSameConversationIdKeepsUsersApart() {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start)).statusCode(200).body("messageCount", equalTo(9));
        // bob uses the same conversation id and message ids: his analysis sees none of alice's messages
        analyze(bob, conversation, souringThread(start).subList(0, 3)).statusCode(200)
                .body("analyzedMessages", equalTo(3))
                .body("skippedMessages", equalTo(0))
                .body("messageCount", equalTo(3))
                .body("alerts", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(200).body("messageCount", equalTo(9)).body("participants[0].messages", equalTo(6));
    }

    @Test
    void aServiceTokenActsOnlyForTheUserItNames() {
        UUID conversation = UUID.randomUUID();
        given().auth().oauth2(TestTokens.service()).header("X-Pulse-Act-For", alice.toString()).contentType("application/json")
                .body(java.util.Map.of("messages", souringThread(start).subList(0, 2)))
                .when().post("/api/intelligence/conversations/" + conversation + "/analyze")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(200).body("messageCount", equalTo(2));
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/intelligence/conversations/" + conversation)
                .then().statusCode(404);
    }

    @Test
    void rowLevelSecurityAloneKeepsUsersApartOnAllThreeTables() throws SQLException {
        UUID conversation = UUID.randomUUID();
        analyze(alice, conversation, souringThread(start)).statusCode(200);
        analyze(bob, UUID.randomUUID(), souringThread(start)).statusCode(200);

        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            for (String table : TABLES) {
                String qualified = "intelligence." + table;
                assertEquals(List.of(0L), TestDatabase.column(asBob,
                        "select count(*) from " + qualified + " where conversation_id = ?", conversation), table);
                List<Object> owners = TestDatabase.column(asBob, "select distinct user_id from " + qualified);
                assertEquals(List.of(bob), owners, table + ": bob sees only his rows");
                assertEquals(0, TestDatabase.update(asBob, "update " + qualified + " set created_at = now() where conversation_id = ?",
                        conversation), table);
                assertEquals(0, TestDatabase.update(asBob, "delete from " + qualified + " where conversation_id = ?", conversation), table);
                assertThrows(SQLException.class, () -> TestDatabase.update(asBob,
                        "update " + qualified + " set user_id = ? where user_id = ?", alice, bob), table);
                asBob.rollback();
            }
            assertThrows(SQLException.class, () -> TestDatabase.update(asBob, """
                    insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id, sent_at,
                        label, score, confidence, words, question, request, acknowledgement, closing, excerpt)
                    values (gen_random_uuid(), ?, now(), ?, 'planted', 'x', now(), 'negative', -1, 1, 1, false, false, false, false, 'x')""",
                    alice, conversation));
            asBob.rollback();
        }
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            for (String table : TABLES) {
                assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from intelligence." + table), table);
            }
        }
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertEquals(List.of(9L), TestDatabase.column(asAlice,
                    "select count(*) from intelligence.sentiment_history where conversation_id = ?", conversation));
            assertTrue(((Long) TestDatabase.column(asAlice,
                    "select count(*) from intelligence.topic_detection_history where conversation_id = ?", conversation).get(0)) > 0);
        }
    }
}
