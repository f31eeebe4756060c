package io.pulse.messaging.autoresponse.lifecycle;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaScan;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Erasing a user: everything of theirs in the schema goes, in batches; where they were the sender of another user's
 * message, that user's log keeps its decision and reply but no longer says who sent it, and a cooldown keyed to them goes.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasureTest {

    static final String SCHEMA = "auto_response";
    /** What erasure puts in place of the erased user's id in another user's rule conditions. */
    static final String NIL = "00000000-0000-0000-0000-000000000000";

    /** Every table of the schema; each is handled by erase_user_batch (owned rows, traces) or holds no user's data. */
    static final List<String> TABLES = List.of("audit_log", "job_runs", "message_auto_response_canned_responses",
            "message_auto_response_contacts", "message_auto_response_conversation_locks",
            "message_auto_response_cooldowns", "message_auto_response_log", "message_auto_response_outbound_webhooks",
            "message_auto_response_outbox", "message_auto_response_rule_versions",
            "message_auto_response_settings", "message_auto_response_webhook_deliveries", "message_auto_responses", "user_erasures");
    /** The tables holding rows of a user who set up rules, evaluated messages and received a webhook delivery. */
    private static final List<String> OWNED = List.of("audit_log", "message_auto_response_canned_responses",
            "message_auto_response_contacts", "message_auto_response_conversation_locks",
            "message_auto_response_cooldowns", "message_auto_response_log", "message_auto_response_outbound_webhooks",
            "message_auto_response_outbox", "message_auto_response_rule_versions",
            "message_auto_response_settings", "message_auto_response_webhook_deliveries", "message_auto_responses");

    @Inject
    TestClock clock;

    @Test
    void everyTableOfTheSchemaIsOneTheErasureKnows() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            List<Object> tables = TestDatabase.column(owner, """
                    select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history' order by 1""", SCHEMA);
            assertEquals(TABLES, tables, "a new table must be added to auto_response.erase_user_batch (latest: V11__erasure_covers_outbox_contacts_canned.sql) "
                    + "and to this list");
        }
    }

    @Test
    void aUserErasesThemselfAndOnlyTheirTracesInOthersRowsChange() throws Exception {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        Api carol = Api.newUser();
        alice.createRule(rule("Alice's secret rule", 5, "Alice's secret reply."));
        alice.put("/out-of-office", Map.of("message", "Alice is sailing.", "cooldownMinutes", 60)).statusCode(200);
        for (int i = 0; i < 7; i++) { // more rows than a batch (pulse.lifecycle.batch-size=5 in tests)
            alice.post("/evaluate", message("alice's private question " + i)).statusCode(200);
        }
        deliverByWebhook(alice);
        alice.put("/settings", Map.of("internalDomains", List.of("alice-secret-corp.example"))).statusCode(200);
        alice.post("/contacts", Map.of("email", "alice-friend@example.org", "name", "Alice's friend")).statusCode(201);
        String canned = alice.post("/canned-responses", Map.of("name", "Alice's canned", "template", "Alice's secret canned reply."))
                .statusCode(201).extract().path("id");
        Map<String, Object> usingCanned = rule("Alice's canned rule", 6, null);
        usingCanned.remove("template");
        usingCanned.put("cannedResponseId", canned);
        alice.createRule(usingCanned);
        bob.post("/contacts", Map.of("senderId", alice.id().toString(), "name", "Alice Example")).statusCode(201);
        bob.post("/contacts", Map.of("email", "dave@example.org", "name", "Dave Other")).statusCode(201);
        String hook = alice.post("/webhooks/outbound", Map.of("name", "Alice's desk", "url", "https://hooks.example.com/alice"))
                .statusCode(201).extract().path("id");
        Map<String, Object> notifying = rule("Alice's notifying rule", 1, "Alice's secret reply.");
        notifying.put("actions", List.of(Map.of("type", "notify", "webhookId", hook)));
        alice.createRule(notifying);
        alice.post("/evaluate", message("alice's private question, notified")).statusCode(200);
        carol.createRule(rule("Carol's rule", 5, "Carol's own reply."));
        carol.post("/evaluate", message("carol's private question")).statusCode(200);
        bob.createRule(rule("Bob's rule", 5, "Hi {{sender.name}} ({{sender.email}}), you wrote: {{message.snippet}}"));
        String fromAlice = bob.post("/evaluate", fromSender(alice.id(), "Alice Example", "alice@example.org", "alice's question to bob"))
                .statusCode(200).body("reply", equalTo(true)).extract().path("logId");
        UUID dave = UUID.randomUUID();
        String fromDave = bob.post("/evaluate", fromSender(dave, "Dave Other", "dave@example.org", "dave's question"))
                .statusCode(200).body("reply", equalTo(true)).extract().path("logId");
        Api erin = Api.newUser();
        String erinsVip = erin.createRule(senderRule("Erin's VIP rule", 1, Map.of("ids", List.of(dave.toString(), alice.id().toString()))));
        String erinsOthers = erin.createRule(senderRule("Erin's others rule", 2, Map.of("excludeIds", List.of(alice.id().toString()))));

        for (String table : OWNED) {
            assertTrue(SchemaScan.rowsMentioning(SCHEMA, alice.id().toString()).stream().anyMatch(row -> row.startsWith(table + ":")),
                    "alice has rows in " + table + " before the erasure");
        }
        List<String> carolsRows = SchemaScan.rowsMentioning(SCHEMA, carol.id().toString(), "Carol's own reply", "Carol's rule");

        erase(alice, alice.id());

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.id().toString(), "Alice's secret", "Alice is sailing",
                "alice-secret-corp", "alice-friend", "Alice's canned", "Alice's friend",
                "alice@example.org", "alice's private", "id:" + alice.id(), "Alice Example", "alice's question"));
        assertEquals(carolsRows, SchemaScan.rowsMentioning(SCHEMA, carol.id().toString(), "Carol's own reply", "Carol's rule"));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("sent||former-user|t|t"), TestDatabase.column(owner, """
                    select concat_ws('|', status, response_text, sender_key, sender_id is null, sender_email is null)
                      from auto_response.message_auto_response_log where id = ?""", UUID.fromString(fromAlice)),
                    "bob's log keeps his decision, not who sent the message nor the reply rendered for them");
            assertEquals(List.of("dave@example.org|Hi Dave Other (dave@example.org), you wrote: dave's question"), TestDatabase.column(owner,
                    "select concat_ws('|', sender_email, response_text) from auto_response.message_auto_response_log where id = ?",
                    UUID.fromString(fromDave)));
            assertEquals(List.of("id:" + dave), TestDatabase.column(owner,
                    "select sender_key from auto_response.message_auto_response_cooldowns where user_id = ?", bob.id()),
                    "bob's cooldown keyed to alice is gone, the one for dave stays");
        }
        bob.get("/rules").statusCode(200).body("items.size()", equalTo(1));
        bob.get("/contacts").statusCode(200).body("items.email", equalTo(List.of("dave@example.org")));
        bob.get("/log").statusCode(200).body("items.size()", equalTo(2));
        erin.get("/rules/" + erinsVip).statusCode(200)
                .body("conditions.senders.ids", equalTo(List.of(dave.toString(), NIL)));
        erin.get("/rules/" + erinsOthers).statusCode(200).body("conditions.senders.excludeIds", equalTo(List.of(NIL)));
        erin.post("/evaluate", fromSender(dave, "Dave Other", "dave@example.org", "dave asks erin")).statusCode(200)
                .body("reply", equalTo(true)).body("ruleId", equalTo(erinsVip));
        erin.post("/evaluate", fromSender(UUID.randomUUID(), "Fay", "fay@example.org", "fay asks erin")).statusCode(200)
                .body("reply", equalTo(true)).body("ruleId", equalTo(erinsOthers));

        alice.delete("/users/" + alice.id()).statusCode(204);
        alice.get("/rules").statusCode(200).body("items.size()", equalTo(0));
    }

    /**
     * Another replica erases the user batch by batch (so this replica hears no UserErased), while this replica evaluates
     * their messages between the batches: once the erasure is done, this replica serves none of the erased rules.
     */
    @Test
    void aReplicaEvaluatingDuringAnErasureServesNoneOfTheErasedRulesAfterIt() throws Exception {
        Api alice = Api.newUser();
        for (int i = 0; i < 7; i++) { // two batches of rules (pulse.lifecycle.batch-size=5 in tests)
            alice.createRule(rule("Alice's rule " + i, 5 + i, "Alice's reply " + i + "."));
        }
        try (Connection owner = TestDatabase.asOwner()) {
            long removed;
            do { // this replica holds no compiled rules of alice at first (creating a rule dropped them)
                removed = ((Number) TestDatabase.column(owner, "select auto_response.erase_user_batch(?, 5)", alice.id()).get(0))
                        .longValue();
                alice.post("/evaluate?dryRun=true", message("a question during the erasure")).statusCode(200);
            } while (removed > 0);
        }
        alice.post("/evaluate?dryRun=true", message("a question after the erasure")).statusCode(200).body("reply", equalTo(false));
        alice.post("/evaluate", message("a question after the erasure")).statusCode(200).body("reply", equalTo(false));
        alice.get("/rules").statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aUserCannotEraseAnotherUserButAServiceCan() throws Exception {
        Api alice = Api.newUser();
        Api carol = Api.newUser();
        carol.createRule(rule("Carol's diary rule", 5, "Carol's diary reply."));
        carol.post("/evaluate", message("carol's diary question")).statusCode(200);

        alice.delete("/users/" + carol.id()).statusCode(404).contentType("application/problem+json");
        carol.get("/rules").statusCode(200).body("items.size()", equalTo(1));

        ExtractableResponse<Response> response = given().auth().oauth2(TestTokens.service())
                .when().delete(Api.BASE + "/users/" + carol.id()).then().extract();
        finish(response);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, carol.id().toString(), "Carol's diary"));
    }

    /** Erases {@code user} as {@code caller}: 204, or 202 and then its status URL until done. */
    private static void erase(Api caller, UUID user) {
        finish(caller.request().when().delete(Api.BASE + "/users/" + user).then().extract());
    }

    private static void finish(ExtractableResponse<Response> response) {
        if (response.statusCode() == 204) {
            return;
        }
        assertEquals(202, response.statusCode(), response.asString());
        String status = response.header("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.service())
                .when().get(status).then().statusCode(200).body("state", equalTo("done")));
    }

    private static Map<String, Object> fromSender(UUID id, String name, String email, String content) {
        Map<String, Object> message = message(content);
        message.put("sender", new HashMap<>(Map.of("id", id.toString(), "name", name, "email", email)));
        return message;
    }

    private static Map<String, Object> senderRule(String name, int priority, Map<String, Object> senders) {
        Map<String, Object> rule = rule(name, priority, name + " answers.");
        rule.put("conditions", Map.of("senders", senders));
        return rule;
    }

    private void deliverByWebhook(Api user) {
        String body = """
                {"userId": "%s", "message": {"messageId": "%s", "conversationId": "%s", "sender": {"email": "erin@example.org"},
                 "content": "alice's private webhook message"}}""".formatted(user.id(), UUID.randomUUID(), UUID.randomUUID());
        long timestamp = clock.instant().getEpochSecond();
        given().contentType(ContentType.JSON).header("X-Pulse-Timestamp", Long.toString(timestamp))
                .header("X-Pulse-Signature", "v1=" + WebhookService.sign("test-webhook-secret", timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post(Api.BASE + "/webhooks/messages").then().statusCode(200);
    }
}
