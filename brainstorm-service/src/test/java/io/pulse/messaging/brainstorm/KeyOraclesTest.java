package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * SQL as the app role bound to user B, who is in none of A's sessions: nothing B inserts or changes answers differently
 * because a row of A's exists (no unique violation on A's ids, no limit of A's session, no foreign key to A's rows).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class KeyOraclesTest {

    private static final String VOTE = "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at) "
            + "values (?::uuid, ?::uuid, ?::uuid, ?::uuid, now())";
    private static final String IDEA = "insert into brainstorm.brainstorm_ideas (id, session_id, user_id, created_at, updated_at, step, text) "
            + "values (?::uuid, ?::uuid, ?::uuid, now(), now(), 'ideas', 'B''s idea')";

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private String sessionOfA;
    private String ideaOfA;
    private String sessionOfB;
    private String ideaOfB;

    @BeforeEach
    void setUp() {
        sessionOfA = createSession(a, "free_form", Map.of("votesPerParticipant", 1, "anonymousVoting", true));
        ideaOfA = addIdea(a, sessionOfA, "A's idea", null);
        as(a).when().post(SESSIONS + "/" + sessionOfA + "/ideas/" + ideaOfA + "/votes").then().statusCode(201);
        sessionOfB = createSession(b, "free_form");
        ideaOfB = addIdea(b, sessionOfB, "B's own idea", null);
    }

    @Test
    void theVoteLimitOfASessionBCannotSeeIsNoAnswer() throws SQLException {
        String closed = createSession(a, "free_form", Map.of("votesPerParticipant", 0));
        String closedIdea = addIdea(a, closed, "Nobody may vote", null);
        String nowhere = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.asAppRole(b)) {
            String refused = outcome(db, VOTE, UUID.randomUUID(), nowhere, ideaOfA, b);
            assertNotEquals("ok", refused);
            assertEquals(refused, outcome(db, VOTE, UUID.randomUUID(), closed, closedIdea, b), "a session with no votes to give");
            assertEquals(refused, outcome(db, VOTE, UUID.randomUUID(), sessionOfA, ideaOfA, a), "in the name of A, who used their vote");
        }
    }

    @Test
    void bMayUseIdsOfARowsInBsOwnSessionWithoutLearningAnything() throws SQLException {
        String voteOfA = owned("select id::text from brainstorm.brainstorm_votes where session_id = ?::uuid", sessionOfA);
        UUID carol = UUID.randomUUID();
        invite(a, sessionOfA, carol, "viewer");
        String memberOfA = owned("select id::text from brainstorm.brainstorm_collaborators where session_id = ?::uuid", sessionOfA);
        as(a).body(Map.of("count", 1)).when().post(SESSIONS + "/" + sessionOfA + "/suggestions").then().statusCode(200);
        String answerOfA = owned("select id::text from brainstorm.brainstorm_ai_cache where session_id = ?::uuid", sessionOfA);
        try (Connection db = TestDatabase.asAppRole(b)) {
            assertEquals("ok", outcome(db, IDEA, ideaOfA, sessionOfB, b), "an idea with the id of A's idea");
            assertEquals("ok", outcome(db, VOTE, voteOfA, sessionOfB, ideaOfB, b), "a vote with the id of A's vote");
            assertEquals("ok", outcome(db, "insert into brainstorm.brainstorm_collaborators (id, session_id, user_id, role, invited_by, "
                    + "created_at, updated_at) values (?::uuid, ?::uuid, ?::uuid, 'viewer', ?::uuid, now(), now())", memberOfA, sessionOfB, carol, b));
            assertEquals("ok", outcome(db, "insert into brainstorm.brainstorm_ai_cache (id, session_id, user_id, created_at, expires_at, "
                    + "cache_key, framework, step, topic, idea_set_hash, engine, count, response) values (?::uuid, ?::uuid, ?::uuid, now(), "
                    + "now() + interval '1 day', 'k', 'free_form', 'ideas', 't', 'h', 'local', 1, '{}')", answerOfA, sessionOfB, b));
            // A vote can only name an idea of its own session: A's idea and no idea at all fail alike.
            assertEquals(outcome(db, VOTE, UUID.randomUUID(), sessionOfB, UUID.randomUUID(), b),
                    outcome(db, VOTE, UUID.randomUUID(), sessionOfB, ideaOfA, b));
            TestDatabase.update(db, IDEA, text(ideaOfA, sessionOfB, b));
            db.commit();
        }
        // Two sessions with an idea of the same id are two ideas: each member sees their own.
        as(a).when().get(SESSIONS + "/" + sessionOfA + "/ideas/" + ideaOfA).then().statusCode(200).body("text", equalTo("A's idea"));
        as(b).when().get(SESSIONS + "/" + sessionOfB + "/ideas/" + ideaOfA).then().statusCode(200).body("text", equalTo("B's idea"));
        as(a).when().delete(SESSIONS + "/" + sessionOfA + "/ideas/" + ideaOfA).then().statusCode(204);
        as(b).when().get(SESSIONS + "/" + sessionOfB + "/ideas/" + ideaOfA).then().statusCode(200);
    }

    @Test
    void sessionIdsAreTheDatabasesToChoose() throws SQLException {
        String insert = "insert into brainstorm.brainstorm_sessions (id, user_id, created_at, updated_at, title, topic, framework, "
                + "current_step, step_started_at) values (?::uuid, ?::uuid, now(), now(), 't', 't', 'free_form', 'ideas', now())";
        try (Connection db = TestDatabase.asAppRole(b)) {
            String taken = outcome(db, insert, sessionOfA, b);
            assertNotEquals("ok", taken);
            assertEquals(taken, outcome(db, insert, UUID.randomUUID(), b), "an id nobody has is refused the same way");
            String rename = "update brainstorm.brainstorm_sessions set id = ?::uuid where id = ?::uuid";
            assertEquals(outcome(db, rename, UUID.randomUUID(), sessionOfB), outcome(db, rename, sessionOfA, sessionOfB));
            assertEquals("ok", outcome(db, "insert into brainstorm.brainstorm_sessions (user_id, created_at, updated_at, title, topic, "
                    + "framework, current_step, step_started_at) values (?::uuid, now(), now(), 't', 't', 'free_form', 'ideas', now())", b));
        }
    }

    /** "ok" if the statement (its parameters ids, as text) succeeds (then undone), otherwise its SQLSTATE. */
    private static String outcome(Connection db, String sql, Object... ids) throws SQLException {
        try {
            TestDatabase.update(db, sql, text(ids));
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            db.rollback();
        }
    }

    private static Object[] text(Object... ids) {
        Object[] values = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = ids[i].toString();
        }
        return values;
    }

    private static String owned(String sql, String session) throws SQLException {
        try (Connection db = TestDatabase.asOwner()) {
            return (String) TestDatabase.column(db, sql, session).get(0);
        }
    }
}
