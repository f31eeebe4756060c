package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.message;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.intelligence.engine.EmbeddingTopicDetector;
import io.pulse.messaging.intelligence.engine.TopicDetector;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaScan;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Erasing a user: nothing of theirs is left in any table of the schema (SQL as the owner role), their messages in other
 * users' conversations lose who sent them and what they said, and the other users' data is otherwise untouched.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasureTest {

    private static final String SCHEMA = "intelligence";
    /** Every table of the schema: a new one must be added to erase_user_batch (V7 or later) and then here. */
    private static final List<String> ERASED_TABLES = List.of("audit_log", "conversation_intelligence", "follow_up_state", "job_runs",
            "saved_topic", "sentiment_history", "topic_detection_history", "user_erasures");

    @Inject
    TopicDetector topics;

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    /** Makes this test's phrases its own (the database is shared by every test). */
    private final String alices = "alice's secret " + UUID.randomUUID().toString().substring(0, 8);
    private final String bobs = "bob's roadmap " + UUID.randomUUID().toString().substring(0, 8);
    private final String aliceToBob = "alice told bob " + UUID.randomUUID().toString().substring(0, 8);
    private final String alicesName = "Alyce " + UUID.randomUUID().toString().substring(0, 8);
    private final UUID bobsConversation = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private static void erase(String token, UUID user, int status) {
        given().auth().oauth2(token).when().delete("/api/intelligence/users/" + user).then().statusCode(status);
    }

    /** Alice's own conversation (several batches of 3 rows), a follow-up she marked done, a saved topic, her audit entries. */
    private void alicesData() throws Exception {
        SavedTopicsTest.create(alice, SavedTopicsTest.topic(alices + " garden", alices + " plans for the garden",
                List.of("tulips", "roses")));
        UUID alicesConversation = UUID.randomUUID();
        String followUp = analyze(alice, alicesConversation, List.of(
                message("a1", "alice", alices + ": I am planting tulips and roses in the garden", start),
                message("a2", "carol", alices + " is safe with me, can you send the invoice?", start.plusSeconds(60)),
                message("a3", "alice", alices + " invoice is attached, thanks a lot!", start.plusSeconds(120)),
                message("a4", "carol", alices + " plans sound great, when do we start?", start.plusSeconds(180))))
                .statusCode(200).extract().path("followUps[0].id");
        given().auth().oauth2(TestTokens.forUser(alice)).contentType("application/json").body(Map.of("status", "done"))
                .when().patch("/api/intelligence/conversations/" + alicesConversation + "/follow-ups/" + followUp)
                .then().statusCode(200);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id, sent_at,
                        topic, source, confidence)
                    values (gen_random_uuid(), ?, now(), gen_random_uuid(), 'a9', now(), ?, 'custom', 0.9)""",
                    alice, alices + " garden");
        }
    }

    /**
     * Bob's conversation, where alice wrote too (by her user id and her own name, with words the sentiment signals and
     * the topic keywords keep), her last question waiting, and a message waiting on her (a model's follow-up owner).
     */
    private void bobsData() throws Exception {
        SavedTopicsTest.create(bob, SavedTopicsTest.topic(bobs, null, List.of("launch")));
        analyze(bob, bobsConversation, List.of(
                message("b1", "bob", bobs + ": the launch is next week, are we ready?", start),
                alices("b2", aliceToBob + ": the launch code is 1234, the old one was dreadful", start.plusSeconds(60)),
                message("b3", "bob", bobs + " needs your answer, can you confirm the date?", start.plusSeconds(120)),
                alices("b4", aliceToBob + " again: where is the receipt for the launch party?", start.plusSeconds(180))))
                .statusCode(200);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update intelligence.sentiment_history set follow_up_owner = ? where user_id = ? and message_id = 'b3'",
                    alice.toString(), bob);
        }
    }

    private Map<String, Object> alices(String id, String text, Instant sentAt) {
        Map<String, Object> message = message(id, alice.toString(), text, sentAt);
        message.put("sender", Map.of("id", alice.toString(), "name", alicesName));
        return message;
    }

    @Test
    void aUserErasesThemselfAndOnlyTheirTracesGo() throws Exception {
        alicesData();
        bobsData();
        assertTrue(((EmbeddingTopicDetector) topics).cachedUserTopics() > 0, "alice's topic is cached");
        List<String> bobsRows = SchemaScan.rowsMentioning(SCHEMA, bob.toString(), bobs);
        assertTrue(bobsRows.size() >= 4, bobsRows::toString);

        String[] alicesTraces = {alice.toString(), alicesName, alices, aliceToBob, "dreadful", "receipt"};
        List<String> before = SchemaScan.rowsMentioning(SCHEMA, alicesTraces);
        assertTrue(before.containsAll(List.of(
                "conversation_intelligence: 1 rows with 'dreadful'", "conversation_intelligence: 1 rows with '" + alicesName + "'",
                "sentiment_history: 1 rows with 'dreadful'", "topic_detection_history: 1 rows with 'receipt'")),
                () -> "the words of alice's messages are in bob's rows before: " + before);

        erase(TestTokens.forUser(alice), alice, 204);

        // nothing anywhere mentions alice, her name, her text or its words, bob's derived insight JSON included
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alicesTraces));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(0L), TestDatabase.column(owner,
                    "select count(*) from intelligence.conversation_intelligence where user_id = ?", alice));
            assertEquals(List.of("former-user||||[]"), TestDatabase.column(owner, """
                    select sender_id || '|' || coalesce(sender_name, '') || '|' || excerpt || '|' || coalesce(reason, '')
                           || '|' || signals::text
                      from intelligence.sentiment_history where user_id = ? and message_id = 'b2'""", bob));
            assertEquals(List.of("former-user"), TestDatabase.column(owner,
                    "select follow_up_owner from intelligence.sentiment_history where user_id = ? and message_id = 'b3'", bob));
        }
        assertEquals(0, ((EmbeddingTopicDetector) topics).cachedUserTopics(), "saved topics are no longer held in memory");
        // bob's conversation still reads, and takes new messages
        Conversations.get(bob, bobsConversation).statusCode(200)
                .body("participants.id", org.hamcrest.Matchers.hasItems("bob", "former-user"))
                .body("messageCount", org.hamcrest.Matchers.equalTo(4));
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/intelligence/overview").then().statusCode(200);
        assertEquals(bobsRows, SchemaScan.rowsMentioning(SCHEMA, bob.toString(), bobs));
        analyze(bob, bobsConversation, List.of(message("b5", "bob", bobs + " ping", start.plusSeconds(240)))).statusCode(200);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alicesTraces), "a new analysis brings none of it back");

        erase(TestTokens.forUser(alice), alice, 204);
        SavedTopicsTest.send("GET", bob, "/api/intelligence/topics", null).statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aUserCannotEraseAnotherUserButAServiceCan() throws Exception {
        bobsData();
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/intelligence/users/" + bob)
                .then().statusCode(404).contentType("application/problem+json");
        assertTrue(SchemaScan.rowsMentioning(SCHEMA, bobs).size() >= 3, "bob's data untouched");

        erase(TestTokens.service(), bob, 204);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, bob.toString(), bobs));
    }

    @Test
    void theEraseFunctionKnowsEveryTableOfTheSchema() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            List<Object> tables = TestDatabase.column(owner, """
                    select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                     order by 1""", SCHEMA);
            assertEquals(ERASED_TABLES, tables, "a new table holds user data: erase it in erase_user_batch (a new migration), "
                    + "give it a retention in retention_batch, then add it to ERASED_TABLES");
        }
    }

    @Test
    void erasureStatusUrlsAreOnlyForErasures() {
        given().auth().oauth2(TestTokens.service()).when().get("/api/intelligence/erasures/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        erase(TestTokens.forUser(alice), alice, 204); // nothing to erase: done at once
        given().when().delete("/api/intelligence/users/" + alice).then().statusCode(401);
    }
}
