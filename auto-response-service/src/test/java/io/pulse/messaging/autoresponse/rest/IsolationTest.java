package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class IsolationTest {

    private static final List<String> TABLES = List.of("message_auto_responses", "message_auto_response_log",
            "message_auto_response_cooldowns", "message_auto_response_rule_versions", "message_auto_response_webhook_deliveries",
            "message_auto_response_conversation_locks");

    @Inject
    TestClock clock;

    /** A signed webhook delivery of one message for {@code user} (records a row in the deliveries table). */
    private void deliverByWebhook(Api user) {
        String body = """
                {"userId": "%s", "message": {"messageId": "%s", "conversationId": "%s", "sender": {"email": "carol@example.org"},
                 "content": "via webhook"}}""".formatted(user.id(), UUID.randomUUID(), UUID.randomUUID());
        long timestamp = clock.instant().getEpochSecond();
        given().contentType(ContentType.JSON).header("X-Pulse-Timestamp", Long.toString(timestamp))
                .header("X-Pulse-Signature", "v1=" + WebhookService.sign("test-webhook-secret", timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post(Api.BASE + "/webhooks/messages").then().statusCode(200);
    }

    @Test
    void anotherUsersRulesAndLogAreNotFoundThroughEveryEndpoint() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String rule = alice.createRule(rule("Alice's rule", 1, "Alice is away."));
        String logId = alice.post("/evaluate", message("hi")).statusCode(200).extract().path("logId");
        alice.put("/out-of-office", Map.of("message", "Alice is out.")).statusCode(200);

        bob.get("/rules/" + rule).statusCode(404).contentType("application/problem+json");
        bob.put("/rules/" + rule, rule("hijack", 1, "Bob was here")).statusCode(404);
        bob.patch("/rules/" + rule, Map.of("name", "hijack")).statusCode(404);
        bob.post("/rules/" + rule + "/disable", "").statusCode(404);
        bob.post("/rules/" + rule + "/enable", "").statusCode(404);
        bob.get("/rules/" + rule + "/stats").statusCode(404);
        bob.delete("/rules/" + rule).statusCode(404);
        bob.get("/log/" + logId).statusCode(404);
        bob.get("/rules").statusCode(200).body("items", hasSize(0));
        bob.get("/log").statusCode(200).body("items", hasSize(0));
        bob.get("/log?ruleId=" + rule).statusCode(200).body("items", hasSize(0));
        bob.get("/out-of-office").statusCode(404);
        // Bob's messages are judged by Bob's rules (none), never by Alice's.
        bob.post("/evaluate", message("hi")).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("no_rule_matched"));
        bob.post("/evaluate?dryRun=true", message("hi")).statusCode(200).body("reply", equalTo(false)).body("explanation", hasSize(0));
        bob.post("/evaluate/batch", Map.of("messages", List.of(message("hi"), message("hello")))).statusCode(200)
                .body("results.reason", everyItem(equalTo("no_rule_matched")));
        bob.delete("/out-of-office").statusCode(404);
        String alicesConversation = alice.get("/log/" + logId).statusCode(200).extract().path("conversationId");
        bob.get("/log?conversationId=" + alicesConversation).statusCode(200).body("items", hasSize(0));
        // A user token cannot evaluate as Alice by naming her.
        bob.post("/evaluate", Api.with(message("hi"), "userId", alice.id().toString())).statusCode(403);
        bob.post("/evaluate/batch", Map.of("userId", alice.id().toString(), "messages", List.of(message("hi")))).statusCode(403);

        alice.get("/rules/" + rule).statusCode(200).body("name", equalTo("Alice's rule")).body("enabled", equalTo(true));
        alice.get("/log/" + logId).statusCode(200);
        alice.get("/out-of-office").statusCode(200).body("message", equalTo("Alice is out."));
        alice.get("/log?conversationId=" + alicesConversation).statusCode(200).body("items", hasSize(1));
    }

    @Test
    void rowLevelSecurityAloneKeepsUsersApartOnEveryTable() throws SQLException {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        UUID bobsRule = UUID.fromString(bob.createRule(rule("Bob's rule", 1, "Bob is away.")));
        UUID bobsLog = UUID.fromString(bob.post("/evaluate", message("hi")).statusCode(200).extract().path("logId"));
        alice.createRule(rule("Alice's rule", 1, "Alice is away."));
        alice.post("/evaluate", message("hi")).statusCode(200);
        deliverByWebhook(alice);
        deliverByWebhook(bob);

        try (Connection asAlice = TestDatabase.asAppRole(alice.id())) {
            for (String table : TABLES) {
                List<Object> owners = TestDatabase.column(asAlice, "select user_id from auto_response." + table);
                assertFalse(owners.isEmpty(), table);
                assertTrue(owners.stream().allMatch(alice.id()::equals), "alice sees only her rows in " + table);
            }
            assertTrue(TestDatabase.column(asAlice, "select name from auto_response.message_auto_responses where id = ?", bobsRule).isEmpty());
            assertTrue(TestDatabase.column(asAlice, "select status from auto_response.message_auto_response_log where id = ?", bobsLog).isEmpty());
            assertEquals(0, TestDatabase.update(asAlice, "update auto_response.message_auto_responses set enabled = false where id = ?", bobsRule));
            assertEquals(0, TestDatabase.update(asAlice, "delete from auto_response.message_auto_responses where id = ?", bobsRule));
            assertEquals(0, TestDatabase.update(asAlice, "update auto_response.message_auto_response_log set reason = 'self' where id = ?", bobsLog));
            assertEquals(0, TestDatabase.update(asAlice, "delete from auto_response.message_auto_response_log where id = ?", bobsLog));
            assertEquals(0, TestDatabase.update(asAlice, "delete from auto_response.message_auto_response_cooldowns where rule_id = ?", bobsRule));
            assertEquals(0, TestDatabase.update(asAlice, "delete from auto_response.message_auto_response_webhook_deliveries where user_id = ?", bob.id()));
            assertEquals(0, TestDatabase.update(asAlice, "update auto_response.message_auto_response_rule_versions set version = 0 where user_id = ?", bob.id()));
            // Writing rows for Bob is refused.
            assertThrows(SQLException.class, () -> TestDatabase.update(asAlice, """
                    insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template)
                    values (gen_random_uuid(), ?, now(), now(), 'planted', 'x')""", bob.id()));
            asAlice.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(asAlice, """
                    insert into auto_response.message_auto_response_log (id, user_id, created_at, conversation_id, message_id, sender_key, status, reason)
                    values (gen_random_uuid(), ?, now(), gen_random_uuid(), gen_random_uuid(), 'x', 'suppressed', 'self')""", bob.id()));
            asAlice.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(asAlice,
                    "update auto_response.message_auto_responses set user_id = ? where user_id = ?", bob.id(), alice.id()));
            asAlice.rollback();
        }
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            for (String table : TABLES) {
                assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from auto_response." + table), table);
            }
        }
        try (Connection asBob = TestDatabase.asAppRole(bob.id())) {
            assertEquals(List.of("Bob's rule"), TestDatabase.column(asBob, "select name from auto_response.message_auto_responses where id = ?", bobsRule));
            assertEquals(List.of("sent"), TestDatabase.column(asBob, "select status from auto_response.message_auto_response_log where id = ?", bobsLog));
        }
    }

    @Test
    void theRetentionFunctionRunsAcrossUsersAsTheAppRole() throws SQLException {
        Api alice = Api.newUser();
        String rule = alice.createRule(rule("x", 1, "x"));
        alice.post("/evaluate", message("hi")).statusCode(200);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update auto_response.message_auto_response_cooldowns set expires_at = now() - interval '1 minute' where rule_id = ?",
                    UUID.fromString(rule));
        }
        try (Connection app = TestDatabase.asAppRole(null)) {
            long removed = ((Number) TestDatabase.column(app,
                    "select auto_response.retention_batch('message_auto_response_cooldowns', now(), 1000)").get(0)).longValue();
            assertTrue(removed >= 1, "removed " + removed);
            app.commit();
        }
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(0L), TestDatabase.column(owner,
                    "select count(*) from auto_response.message_auto_response_cooldowns where rule_id = ?", UUID.fromString(rule)));
        }
    }
}
