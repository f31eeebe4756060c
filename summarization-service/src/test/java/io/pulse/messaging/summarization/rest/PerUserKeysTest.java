package io.pulse.messaging.summarization.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.Threads;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaKeys;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Someone running SQL as the app role, bound to user B, learns nothing about user A's rows from keys: every primary and
 * unique key includes {@code user_id}, so B's insert with A's id neither collides (a unique violation would confirm the
 * id exists) nor, through a foreign key, refers to A's row (the check ignores row-level security).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class PerUserKeysTest {

    private static final String INSERT_SUMMARY = """
            insert into summarization.conversation_summaries (id, user_id, conversation_id, summary_type, time_zone, engine,
                summary_text, content, message_count, created_at, expires_at)
            values (?, ?, gen_random_uuid(), 'thread', 'UTC', 'local', 'planted', '{}', 0, now(), now() + interval '1 day')""";

    private static final String INSERT_CACHE_ENTRY = """
            insert into summarization.summary_cache (id, user_id, cache_key, summary_id, created_at, expires_at)
            values (?, ?, repeat('b', 64), ?, now(), now() + interval '10 minutes')""";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void bobsInsertWithAlicesSummaryIdIsNoUniqueViolation() throws SQLException {
        UUID alices = alicesSummary();
        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            // exactly what an id nobody uses gives: the row is stored, as Bob's
            assertEquals(1, TestDatabase.update(asBob, INSERT_SUMMARY, alices, bob));
            assertEquals(1, TestDatabase.update(asBob, INSERT_SUMMARY, UUID.randomUUID(), bob));
            asBob.rollback();
        }
        given().auth().oauth2(TestTokens.forUser(alice)).when().get("/api/summaries/" + alices).then().statusCode(200);
    }

    @Test
    void bobsCacheEntryCannotReferToAlicesSummary() throws SQLException {
        UUID alices = alicesSummary();
        try (Connection asBob = TestDatabase.asAppRole(bob)) {
            // the same refusal for Alice's summary as for an id nobody uses: no oracle, and no reference to her row
            assertEquals("23503", refusal(asBob, () -> TestDatabase.update(asBob, INSERT_CACHE_ENTRY, UUID.randomUUID(), bob, alices)));
            assertEquals("23503", refusal(asBob, () -> TestDatabase.update(asBob, INSERT_CACHE_ENTRY, UUID.randomUUID(), bob,
                    UUID.randomUUID())));
        }
        try (Connection asAlice = TestDatabase.asAppRole(alice)) {
            UUID entry = (UUID) TestDatabase.column(asAlice, "select id from summarization.summary_cache where summary_id = ?", alices).get(0);
            try (Connection asBob = TestDatabase.asAppRole(bob)) {
                // Bob's own summary and a cache entry with the id of Alice's entry: no collision either
                UUID bobs = UUID.randomUUID();
                assertEquals(1, TestDatabase.update(asBob, INSERT_SUMMARY, bobs, bob));
                assertEquals(1, TestDatabase.update(asBob, INSERT_CACHE_ENTRY, entry, bob, bobs));
                asBob.rollback();
            }
        }
    }

    @Test
    void everyKeyAndReferenceOfTheSchemaIncludesTheOwner() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.KEYS_WITHOUT_OWNER, "summarization"));
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.REFERENCES_WITHOUT_OWNER, "summarization"));
        }
    }

    private UUID alicesSummary() {
        String id = SummaryApiTest.post(alice, Threads.request(UUID.randomUUID(), Threads.launch())).statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    private static String refusal(Connection connection, org.junit.jupiter.api.function.Executable statement) throws SQLException {
        SQLException refused = assertThrows(SQLException.class, statement);
        connection.rollback();
        return refused.getSQLState();
    }
}
