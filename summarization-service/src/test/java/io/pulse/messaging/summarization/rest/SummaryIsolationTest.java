package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.Threads;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Users never reach each other's summaries or cache entries: through the API, and through row-level security alone. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SummaryIsolationTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID conversation = UUID.randomUUID();

    @Test
    void everyEndpointKeepsUsersApart() {
        Map<String, Object> body = Threads.request(conversation, Threads.launch());
        String alices = SummaryApiTest.post(alice, body).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/summaries/" + alices)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser(bob)).when().delete("/api/summaries/" + alices).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/summaries").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.forUser(bob)).queryParam("conversationId", conversation.toString())
                .when().get("/api/summaries").then().statusCode(200).body("items", hasSize(0));

        // The identical request from Bob is no cache hit on Alice's entry: his own summary is computed.
        String bobs = SummaryApiTest.post(bob, body).statusCode(201).body("cached", equalTo(false)).extract().path("id");
        assertNotEquals(alices, bobs);

        // A user may not act for another through options.readerId; a service token may.
        Map<String, Object> forAlice = Threads.request(conversation, Threads.launch());
        ((Map<String, Object>) forAlice.get("options")).put("readerId", alice.toString());
        SummaryApiTest.post(bob, forAlice).statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(forAlice)
                .when().post("/api/summaries").then().statusCode(200).body("id", equalTo(alices)).body("cached", equalTo(true));
        given().auth().oauth2(TestTokens.service()).header("X-Pulse-Act-For", alice.toString())
                .when().get("/api/summaries/" + alices).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser(bob)).header("X-Pulse-Act-For", alice.toString())
                .when().get("/api/summaries/" + alices).then().statusCode(403);

        // Digests too.
        Map<String, Object> digest = Map.of("date", "2026-11-25", "timeZone", "America/New_York",
                "conversations", List.of(Map.of("conversationId", conversation.toString(), "messages", Threads.launch())));
        String digestId = given().auth().oauth2(TestTokens.forUser(alice)).contentType(ContentType.JSON).body(digest)
                .when().post("/api/summaries/digest").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/summaries/" + digestId).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(bob)).contentType(ContentType.JSON).body(digest)
                .when().post("/api/summaries/digest").then().statusCode(201).body("cached", equalTo(false));

        // Alice still has hers.
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries/" + alices).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void rowLevelSecurityAloneKeepsBothTablesApart() throws SQLException {
        String alices = SummaryApiTest.post(alice, Threads.request(conversation, Threads.launch())).statusCode(201).extract().path("id");
        SummaryApiTest.post(bob, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201);
        UUID summary = UUID.fromString(alices);

        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            for (String table : List.of("conversation_summaries", "summary_cache")) {
                List<Object> owners = TestDatabase.column(asBob, "select user_id from summarization." + table);
                assertFalse(owners.isEmpty(), table);
                assertTrue(owners.stream().allMatch(bob::equals), "bob sees only his rows in " + table);
                assertEquals(0, TestDatabase.update(asBob, "update summarization." + table + " set expires_at = expires_at + interval '1 day' where user_id = ?", alice));
                assertEquals(0, TestDatabase.update(asBob, "delete from summarization." + table + " where user_id = ?", alice));
            }
            assertTrue(TestDatabase.column(asBob, "select summary_text from summarization.conversation_summaries where id = ?", summary).isEmpty());
            assertTrue(TestDatabase.column(asBob, "select cache_key from summarization.summary_cache where summary_id = ?", summary).isEmpty());
            // Planting a cache entry in Alice's name (to poison her cache) is refused.
            assertThrows(SQLException.class, () -> TestDatabase.update(asBob,
                    "insert into summarization.summary_cache (id, user_id, cache_key, summary_id, created_at, expires_at) "
                            + "values (gen_random_uuid(), ?, repeat('a', 64), ?, now(), now() + interval '10 minutes')", alice, summary));
            asBob.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(asBob,
                    "update summarization.conversation_summaries set user_id = ? where user_id = ?", alice, bob));
            asBob.rollback();
        }

        try (Connection nobody = TestDatabase.asAppRole(null)) {
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from summarization.conversation_summaries"));
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from summarization.summary_cache"));
        }

        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertEquals(1, TestDatabase.column(asAlice, "select id from summarization.conversation_summaries where id = ?", summary).size());
            assertEquals(1, TestDatabase.column(asAlice, "select id from summarization.summary_cache where summary_id = ?", summary).size());
        }
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries/" + alices).then().statusCode(200);
    }

    @Test
    void leasesAreRowLevelSecuredToo() throws SQLException {
        String key = "c".repeat(64);
        String take = "insert into summarization.summary_leases (user_id, cache_key, holder, expires_at)"
                + " values (?, ?, gen_random_uuid(), now() + interval '1 minute')";
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertEquals(1, TestDatabase.update(asAlice, take, alice, key));
            asAlice.commit();
        }
        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            assertEquals(List.of(0L), TestDatabase.column(asBob, "select count(*) from summarization.summary_leases where user_id = ?", alice));
            assertEquals(0, TestDatabase.update(asBob, "update summarization.summary_leases set expires_at = now() where user_id = ?", alice));
            assertEquals(0, TestDatabase.update(asBob, "delete from summarization.summary_leases where user_id = ?", alice));
            // Taking Alice's lease over in her name is refused; Bob's own lease on the same key is just another row.
            assertThrows(SQLException.class, () -> TestDatabase.update(asBob, take, alice, key));
            asBob.rollback();
            assertEquals(1, TestDatabase.update(asBob, take, bob, key));
            asBob.rollback();
        }
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            assertEquals(List.of(0L), TestDatabase.column(nobody, "select count(*) from summarization.summary_leases"));
        }
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            assertEquals(1, TestDatabase.update(asAlice, "delete from summarization.summary_leases where user_id = ?", alice));
            asAlice.commit();
        }
    }
}
