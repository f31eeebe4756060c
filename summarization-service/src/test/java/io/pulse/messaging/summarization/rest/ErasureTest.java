package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaScan;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * DELETE /api/summaries/users/{userId}: nothing of the erased user is left anywhere in the schema; other users'
 * summaries of conversations they took part in go (derived documents naming and quoting them), the rest of other
 * users' data does not change.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasureTest {

    private static final String SCHEMA = "summarization";

    /** Every table of the schema; a new one must be added to summarization.erase_user_batch (V5__data_lifecycle.sql) and here. */
    private static final List<Object> TABLES = List.of("audit_log", "conversation_summaries", "job_runs", "summary_cache",
            "summary_leases", "user_erasures");

    private static final Instant DAY = Instant.parse("2026-11-25T10:00:00Z");

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    /** Makes this test's phrases its own: the scans look through every user's rows. */
    private final String tag = "k" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36);
    private final String zeppelin = "zeppelin hangar " + tag;
    private final String walrus = "walrus aquarium " + tag;
    private final String marmalade = "marmalade shipment " + tag;
    private final String xavier = "Xavier Stone" + tag;
    private final String yolanda = "Yolanda Reed" + tag;

    private static List<Map<String, Object>> thread(UUID sender, String name, UUID other, String otherName, String topic) {
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(Threads.message(UUID.randomUUID(), sender, name, "We need to decide on the " + topic + " this week.", DAY));
        messages.add(Threads.message(UUID.randomUUID(), other, otherName, "Can you send me the " + topic + " figures by Friday?",
                DAY.plusSeconds(60)));
        messages.add(Threads.message(UUID.randomUUID(), sender, name, "Sure, I will send the " + topic + " figures by Friday.",
                DAY.plusSeconds(120)));
        messages.add(Threads.message(UUID.randomUUID(), other, otherName, "Let's go with the cheaper " + topic + " option.",
                DAY.plusSeconds(180)));
        return messages;
    }

    private static Response post(UUID user, String path, Object body) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/summaries" + path).then().statusCode(201).extract().response();
    }

    private static Map<String, Object> digest(List<Map<String, Object>> messages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "2026-11-25");
        body.put("timeZone", "UTC");
        body.put("conversations", List.of(Map.of("conversationId", UUID.randomUUID().toString(), "title", "#hangar", "messages", messages)));
        return body;
    }

    private static void erase(String token, UUID user) {
        Response answer = given().auth().oauth2(token).when().delete("/api/summaries/users/" + user).then().extract().response();
        if (answer.statusCode() == 202) {
            String status = answer.header("Location");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.service())
                    .when().get(status).then().statusCode(200).body("state", equalTo("done")));
        } else {
            assertEquals(204, answer.statusCode(), answer.asString());
        }
    }

    /** Alice's data in every table: summaries and cache entries (more than a batch of 3), a digest, a lease, audit entries. */
    private void alicesData() throws Exception {
        List<Map<String, Object>> own = thread(alice, "Anna Quill", UUID.randomUUID(), xavier, zeppelin);
        String deleted = post(alice, "", Threads.request(UUID.randomUUID(), own)).path("id");
        for (int i = 0; i < 3; i++) {
            post(alice, "", Threads.request(UUID.randomUUID(), own));
        }
        post(alice, "/digest", digest(own));
        post(alice, "", Threads.request(UUID.randomUUID(), own)); // 6 misses in her cache statistics
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/summaries/" + deleted).then().statusCode(204);
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)
                    values (?, repeat('a', 64), gen_random_uuid(), now() + interval '1 minute')""", alice);
            // Alice acting in Bob's trail (as a collaborator would elsewhere): the entry stays Bob's, its actor anonymised.
            TestDatabase.update(owner, """
                    insert into summarization.audit_log (user_id, actor, action, target_type, target_id)
                    values (?, ?, 'summary.deleted', 'summary', 'shared')""", bob, "user:" + alice);
        }
    }

    /** Bob's data: his own summaries, and his summary and digest of a conversation Alice took part in (which name her). */
    private void bobsData() throws Exception {
        String own = post(bob, "", Threads.request(UUID.randomUUID(), thread(bob, "Bruno Vale", UUID.randomUUID(),
                yolanda, walrus))).path("id");
        post(bob, "", Threads.request(UUID.randomUUID(), thread(bob, "Bruno Vale", alice, "Anna Quill", marmalade)));
        post(bob, "/digest", digest(thread(bob, "Bruno Vale", alice, "Anna Quill", marmalade + " crates")));
        given().auth().oauth2(TestTokens.forUser(bob)).when().delete("/api/summaries/" + own).then().statusCode(204);
        post(bob, "", Threads.request(UUID.randomUUID(), thread(bob, "Bruno Vale", UUID.randomUUID(), yolanda,
                walrus + " tickets")));
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)
                    values (?, repeat('b', 64), gen_random_uuid(), now() + interval '1 minute')""", bob);
        }
    }

    /** Bob's summaries, cache entries and leases that do not name {@code other}, each as a whole row. */
    private List<Object> bobsRowsWithout(UUID other) throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            return TestDatabase.column(owner, """
                    select t::text from (
                        select 's' k, s::text t from summarization.conversation_summaries s where user_id = ?
                        union all select 'c', c::text from summarization.summary_cache c where user_id = ?
                        union all select 'l', l::text from summarization.summary_leases l where user_id = ?) r (k, t)
                     where strpos(t, ?) = 0 and not exists (select 1 from summarization.conversation_summaries s
                                                             where r.k = 'c' and strpos(s::text, ?) > 0 and strpos(t, s.id::text) > 0)
                     order by 1""", bob, bob, bob, other.toString(), other.toString());
        }
    }

    private static String stats(UUID user) {
        return given().auth().oauth2(TestTokens.forUser(user)).when().get("/api/summaries/cache/stats")
                .then().statusCode(200).extract().path("sinceStart.misses").toString();
    }

    @Test
    void aUserErasesThemselfAndOthersSummariesTheyTookPartInGo() throws Exception {
        alicesData();
        bobsData();
        List<String> bobsRows = SchemaScan.rowsMentioning(SCHEMA, walrus);
        List<Object> bobsOthers = bobsRowsWithout(alice);
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(2L, TestDatabase.column(owner, "select count(*) from summarization.conversation_summaries"
                    + " where user_id = ? and strpos(content::text, ?) > 0", bob, alice.toString()).get(0),
                    "bob's summary and digest name alice");
        }
        String bobsStats = stats(bob);
        assertEquals("6", stats(alice));

        erase(TestTokens.forUser(alice), alice);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), zeppelin, xavier, "Anna Quill", marmalade));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of("former-user"), TestDatabase.column(owner,
                    "select actor from summarization.audit_log where user_id = ? and target_id = 'shared'", bob));
        }
        assertEquals(bobsRows, SchemaScan.rowsMentioning(SCHEMA, walrus), "bob's summaries without alice stay");
        assertEquals(bobsOthers, bobsRowsWithout(alice));
        assertEquals("0", stats(alice), "her cache statistics on this replica are forgotten");
        assertEquals(bobsStats, stats(bob));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries/audit").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/summaries").then().statusCode(200).body("items.size()", equalTo(1));

        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/summaries/users/" + alice).then().statusCode(204);
    }

    @Test
    void aUserCannotEraseAnotherUserButAServiceCan() throws Exception {
        bobsData();
        List<String> bobsRows = SchemaScan.rowsMentioning(SCHEMA, bob.toString(), walrus);
        given().auth().oauth2(TestTokens.forUser(alice)).when().delete("/api/summaries/users/" + bob)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(bobsRows, SchemaScan.rowsMentioning(SCHEMA, bob.toString(), walrus));

        erase(TestTokens.service(), bob);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, bob.toString(), walrus, marmalade));
        given().auth().oauth2(TestTokens.service()).when().delete("/api/summaries/users/" + bob).then().statusCode(204);
    }

    @Test
    void theEraseFunctionKnowsEveryTableOfTheSchema() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(TABLES, TestDatabase.column(owner, """
                    select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                     order by 1""", SCHEMA),
                    "a new table: add it to summarization.erase_user_batch (a new migration) and to TABLES");
        }
    }
}
