package io.pulse.messaging.intelligence.rest;

import static io.pulse.messaging.intelligence.rest.Conversations.analyze;
import static io.pulse.messaging.intelligence.rest.Conversations.souringThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaKeys;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * SQL run as the app role bound to user B learns nothing of user A's rows from keys: B's insert with the id of one of
 * A's rows is stored as B's, exactly like an insert with an unused id, instead of failing with a unique violation.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class PerUserKeysTest {

    private static final String INSERT_CONVERSATION = """
            insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine)
            values (?, ?, now(), gen_random_uuid(), now(), 'local')""";
    private static final String INSERT_SENTIMENT = """
            insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id, sent_at,
                label, score, confidence, words, question, request, acknowledgement, closing, excerpt)
            values (?, ?, now(), gen_random_uuid(), 'planted', 'x', now(), 'neutral', 0, 1, 1, false, false, false, false, 'x')""";
    private static final String INSERT_TOPIC = """
            insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id, sent_at,
                topic, source, confidence)
            values (?, ?, now(), gen_random_uuid(), 'planted', now(), 'billing', 'built_in', 0.5)""";

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void bobsInsertsWithTheIdsOfAlicesRowsAreNoUniqueViolations() throws SQLException {
        analyze(alice, UUID.randomUUID(), souringThread(start)).statusCode(200);
        try (Connection asAlice = TestDatabase.asAppRole(alice); Connection asBob = TestDatabase.asAppRole(bob)) {
            for (String[] table : new String[][] {{"conversation_intelligence", INSERT_CONVERSATION},
                    {"sentiment_history", INSERT_SENTIMENT}, {"topic_detection_history", INSERT_TOPIC}}) {
                UUID alices = (UUID) TestDatabase.column(asAlice, "select id from intelligence." + table[0] + " limit 1").get(0);
                assertEquals(1, TestDatabase.update(asBob, table[1], alices, bob), table[0]);
                assertEquals(1, TestDatabase.update(asBob, table[1], UUID.randomUUID(), bob), table[0]);
                asBob.rollback();
            }
        }
    }

    @Test
    void everyKeyAndReferenceOfTheSchemaIncludesTheOwner() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.KEYS_WITHOUT_OWNER, "intelligence"));
            assertEquals(List.of(), TestDatabase.column(owner, SchemaKeys.REFERENCES_WITHOUT_OWNER, "intelligence"));
        }
    }
}
