package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaKeys;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What SQL as the app role, bound to user B, can do to user A's rows through keys and foreign keys, which PostgreSQL
 * checks without row-level security: nothing. Every key and foreign key of the schema includes {@code user_id}, so B's
 * rows can refer only to B's rows, and whether one of A's ids exists makes no difference to any statement of B's.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class PerUserKeysTest {

    private static final String COOLDOWN = """
            insert into auto_response.message_auto_response_cooldowns (rule_id, sender_key, user_id, last_sent_at, expires_at)
            values (?, ?, ?, now(), now() + interval '1 day')""";
    private static final String LOG = """
            insert into auto_response.message_auto_response_log (id, user_id, created_at, rule_id, conversation_id, message_id, sender_key,
                                                                 status, reason)
            values (?, ?, now(), ?, gen_random_uuid(), gen_random_uuid(), 'x', 'suppressed', 'self')""";
    private static final String RULE = """
            insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template)
            values (?, ?, now(), now(), 'planted', 'x')""";
    private static final String DELIVERY = """
            insert into auto_response.message_auto_response_webhook_deliveries (signature, user_id, received_at) values (?, ?, now())""";
    private static final String VERSION = "insert into auto_response.message_auto_response_rule_versions (user_id, version) values (?, 1)";

    @Test
    void aCooldownPlantedForAnotherUsersRuleIsRefusedAndTheirFirstReplyIsSent() throws SQLException {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        UUID rule = UUID.fromString(alice.createRule(rule("Alice's rule", 1, "Alice is away.")));
        Map<String, Object> message = message("hello");
        @SuppressWarnings("unchecked")
        String sender = (String) ((Map<String, Object>) message.get("sender")).get("id");
        try (Connection asBob = TestDatabase.asAppRole(bob.id())) {
            assertEquals("23503", outcome(asBob, COOLDOWN, rule, sender, bob.id()), "a cooldown of Bob's cannot name Alice's rule");
            // Bob may use the same id for a rule of his own; his cooldown then refers to his rule, not to Alice's.
            assertEquals(1, TestDatabase.update(asBob, RULE, rule, bob.id()));
            assertEquals(1, TestDatabase.update(asBob, COOLDOWN, rule, sender, bob.id()));
            asBob.commit();
        }
        alice.post("/evaluate", message).statusCode(200).body("reply", equalTo(true)).body("ruleId", equalTo(rule.toString()));
        alice.post("/evaluate", Api.fresh(message)).statusCode(200).body("reason", equalTo("cooldown"));
        bob.get("/rules/" + rule).statusCode(200).body("name", equalTo("planted"));
        alice.get("/rules/" + rule).statusCode(200).body("name", equalTo("Alice's rule"));
    }

    @Test
    void noStatementOfBobsTellsWhetherOneOfAlicesIdsExists() throws SQLException {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        UUID rule = UUID.fromString(alice.createRule(rule("Alice's rule", 1, "Alice is away.")));
        Map<String, Object> message = message("hello");
        UUID logId = UUID.fromString(alice.post("/evaluate", message).statusCode(200).extract().path("logId"));
        @SuppressWarnings("unchecked")
        String sender = (String) ((Map<String, Object>) message.get("sender")).get("id");
        UUID absent = UUID.randomUUID();
        try (Connection asBob = TestDatabase.asAppRole(bob.id())) {
            assertSame(outcome(asBob, RULE, rule, bob.id()), outcome(asBob, RULE, absent, bob.id()), "a rule with Alice's rule id");
            assertSame(outcome(asBob, LOG, UUID.randomUUID(), bob.id(), rule), outcome(asBob, LOG, UUID.randomUUID(), bob.id(), absent),
                    "a log row naming Alice's rule");
            assertSame(outcome(asBob, LOG, logId, bob.id(), null), outcome(asBob, LOG, absent, bob.id(), null), "a log row with Alice's log id");
            assertSame(outcome(asBob, COOLDOWN, rule, sender, bob.id()), outcome(asBob, COOLDOWN, absent, sender, bob.id()),
                    "a cooldown for Alice's rule and sender");
            assertSame(outcome(asBob, VERSION, alice.id()), outcome(asBob, VERSION, UUID.randomUUID()), "a rules version for Alice");
        }
    }

    @Test
    void aWebhookSignatureOfAnotherUserIsNeitherRevealedNorTaken() throws SQLException {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String signature = "v1=" + UUID.randomUUID();
        try (Connection asAlice = TestDatabase.asAppRole(alice.id())) {
            assertEquals(1, TestDatabase.update(asAlice, DELIVERY, signature, alice.id()));
            asAlice.commit();
        }
        try (Connection asBob = TestDatabase.asAppRole(bob.id())) {
            assertSame(outcome(asBob, DELIVERY, signature, bob.id()), outcome(asBob, DELIVERY, "v1=" + UUID.randomUUID(), bob.id()),
                    "a delivery with Alice's signature");
        }
    }

    @Test
    void noLockBobCanTakeHoldsUpAlicesEvaluation() throws Exception {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        alice.createRule(rule("Alice's rule", 1, "Alice is away."));
        Map<String, Object> message = message("hello");
        UUID conversation = UUID.fromString((String) message.get("conversationId"));
        try (Connection asBob = TestDatabase.asAppRole(bob.id())) {
            // The advisory key the service once serialised a conversation's evaluations with: anyone could compute and take it.
            TestDatabase.column(asBob, "select pg_advisory_xact_lock(hashtextextended(?, 0))::text",
                    "auto_response.conversation:" + alice.id() + ":" + conversation);
            CompletableFuture<Response> evaluation = CompletableFuture.supplyAsync(() -> alice.post("/evaluate", message).extract().response());
            Response answer = evaluation.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(Boolean.TRUE, answer.path("reply"));
            // Alice's conversation lock row is not Bob's to lock, nor to write.
            assertEquals(List.of(), TestDatabase.column(asBob, "select 1 from auto_response.message_auto_response_conversation_locks"
                    + " where conversation_id = ? for update", conversation));
            assertEquals("42501", outcome(asBob, "insert into auto_response.message_auto_response_conversation_locks (user_id, conversation_id,"
                    + " locked_at) values (?, ?, now())", alice.id(), conversation));
        }
    }

    private static void assertSame(String withAlicesId, String withAbsentId, String what) {
        assertEquals(withAbsentId, withAlicesId, what + ": Bob's statement must end the same whether or not Alice's id exists");
    }

    /** Runs one statement in a savepoint and undoes it: "ok", or the SQLSTATE it failed with. */
    private static String outcome(Connection connection, String sql, Object... parameters) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            TestDatabase.update(connection, sql, parameters);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            connection.rollback(before);
        }
    }

    @Test
    void everyKeyAndReferenceOfTheSchemaIncludesTheOwner() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.KEYS_WITHOUT_OWNER, "auto_response"));
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.REFERENCES_WITHOUT_OWNER, "auto_response"));
        }
    }
}
