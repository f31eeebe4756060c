package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
 * The second line of defence alone: JDBC as the app role with app.user_id set, no application filter. Every table:
 * a stranger sees and changes nothing, a viewer reads but cannot write, an editor cannot touch the session or its
 * members.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RowLevelSecurityTest {

    private static final List<String> TABLES = List.of("brainstorm_sessions", "brainstorm_collaborators", "brainstorm_ideas",
            "brainstorm_votes", "brainstorm_clusterings", "brainstorm_ai_cache", "brainstorm_action_items");

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private String session;
    private UUID idea;

    @BeforeEach
    void setUp() {
        session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        idea = UUID.fromString(addIdea(editor, session, "An editor's idea", null));
        as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
        as(owner).body(Map.of("count", 2)).when().post(SESSIONS + "/" + session + "/suggestions").then().statusCode(200);
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        as(editor).body(Map.of("ownerId", viewer.toString(), "dueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()))
                .when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/action-item").then().statusCode(201);
    }

    private static long count(Connection db, String table, String session) throws SQLException {
        String column = table.equals("brainstorm_sessions") ? "id" : "session_id";
        return (Long) TestDatabase.column(db, "select count(*) from brainstorm." + table + " where " + column + " = ?::uuid", session).get(0);
    }

    @Test
    void membersSeeEveryTableOfTheSessionAndAStrangerNone() throws SQLException {
        for (UUID member : List.of(owner, editor, viewer)) {
            try (Connection db = TestDatabase.asAppRole(member)) {
                for (String table : TABLES) {
                    assertEquals(1L, count(db, table, session) > 0 ? 1L : 0L, member + " sees " + table);
                }
            }
        }
        try (Connection db = TestDatabase.asAppRole(stranger)) {
            for (String table : TABLES) {
                assertEquals(0L, count(db, table, session), "stranger sees nothing in " + table);
                assertEquals(0, TestDatabase.update(db, "delete from brainstorm." + table), "stranger deletes nothing in " + table);
            }
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_ideas set text = 'hijacked' where id = ?", idea));
        }
        try (Connection nobody = TestDatabase.asAppRole(null)) {
            for (String table : TABLES) {
                assertEquals(0L, count(nobody, table, session), "no user, no rows in " + table);
            }
        }
    }

    @Test
    void aStrangerCannotPlantRowsInTheSession() throws SQLException {
        try (Connection db = TestDatabase.asAppRole(stranger)) {
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_ideas (id, session_id, user_id, created_at, updated_at, step, text) "
                            + "values (gen_random_uuid(), ?::uuid, ?, now(), now(), 'ideas', 'planted')", session, stranger));
            db.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_collaborators (id, session_id, user_id, role, invited_by, created_at, updated_at) "
                            + "values (gen_random_uuid(), ?::uuid, ?, 'editor', ?, now(), now())", session, stranger, stranger));
            db.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_action_items (id, session_id, idea_id, user_id, owner_id, due_date, created_at, updated_at) "
                            + "values (gen_random_uuid(), ?::uuid, ?, ?, ?, current_date, now(), now())", session, idea, stranger, stranger));
            db.rollback();
        }
    }

    @Test
    void aViewerReadsButCannotWrite() throws SQLException {
        try (Connection db = TestDatabase.asAppRole(viewer)) {
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_ideas (id, session_id, user_id, created_at, updated_at, step, text) "
                            + "values (gen_random_uuid(), ?::uuid, ?, now(), now(), 'ideas', 'a viewer writes')", session, viewer));
            db.rollback();
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at) values (gen_random_uuid(), ?::uuid, ?, ?, now())",
                    session, idea, viewer));
            db.rollback();
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_ideas set text = 'changed' where id = ?", idea));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_ideas where id = ?", idea));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_votes"));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_sessions set title = 'mine' where id = ?::uuid", session));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_collaborators set role = 'editor' where user_id = ?", viewer));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_ai_cache"));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_ai_cache set response = '{}'"));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_clusterings set result = '{}'"));
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_ai_cache (id, session_id, user_id, created_at, expires_at, cache_key, framework, step, "
                            + "topic, idea_set_hash, engine, count, response) values (gen_random_uuid(), ?::uuid, ?, now(), now() + interval '1 day', "
                            + "'planted', 'free_form', 'ideas', 't', 'h', 'local', 1, '{}')", session, viewer));
            db.rollback();
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_clusterings"));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_action_items set status = 'done', done_at = now()"));
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_clusterings set locked = true, version = version + 1"));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_action_items"));
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_action_items (id, session_id, idea_id, user_id, owner_id, due_date, created_at, updated_at) "
                            + "values (gen_random_uuid(), ?::uuid, ?, ?, ?, current_date, now(), now())", session, idea, viewer, viewer));
            db.rollback();
            db.commit();
        }
        try (Connection db = TestDatabase.asOwner()) {
            assertEquals(List.of("An editor's idea"), TestDatabase.column(db, "select text from brainstorm.brainstorm_ideas where id = ?", idea));
            assertEquals(List.of("viewer"), TestDatabase.column(db, "select role from brainstorm.brainstorm_collaborators where user_id = ?", viewer));
        }
    }

    @Test
    void anEditorCannotChangeTheSessionItsMembersOrOthersVotes() throws SQLException {
        try (Connection db = TestDatabase.asAppRole(editor)) {
            assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_sessions set title = 'taken over' where id = ?::uuid", session));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_sessions where id = ?::uuid", session));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_collaborators where user_id = ?", viewer));
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at) values (gen_random_uuid(), ?::uuid, ?, ?, now())",
                    session, idea, viewer));
            db.rollback();
            // Their own idea they may still change.
            assertEquals(1, TestDatabase.update(db, "update brainstorm.brainstorm_ideas set details = 'more' where id = ?", idea));
            db.rollback();
        }
        try (Connection db = TestDatabase.asAppRole(owner)) {
            // The owner cannot cast votes in someone else's name either.
            assertThrows(SQLException.class, () -> TestDatabase.update(db,
                    "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at) values (gen_random_uuid(), ?::uuid, ?, ?, now())",
                    session, idea, viewer));
            db.rollback();
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_votes where user_id = ?", editor));
        }
    }
}
