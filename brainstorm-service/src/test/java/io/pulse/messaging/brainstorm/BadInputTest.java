package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every kind of bad input the issue names gets a 4xx problem document and changes nothing: a fingerprint of every
 * table's rows for the session (read as the owner role, past row-level security) is the same before and after.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();

    private static final Map<String, String> FINGERPRINTS = new LinkedHashMap<>();

    static {
        FINGERPRINTS.put("brainstorm_sessions", "select md5(string_agg(t::text, '|' order by t.id)) from brainstorm.brainstorm_sessions t where t.id = ?::uuid");
        for (String table : List.of("brainstorm_collaborators", "brainstorm_ideas", "brainstorm_votes", "brainstorm_ai_cache")) {
            FINGERPRINTS.put(table, "select coalesce(md5(string_agg(t::text, '|' order by t.id)), 'none') from brainstorm." + table
                    + " t where t.session_id = ?::uuid");
        }
        FINGERPRINTS.put("brainstorm_clusterings", "select coalesce(md5(string_agg(t::text, '|')), 'none') from brainstorm.brainstorm_clusterings t where t.session_id = ?::uuid");
    }

    private static Map<String, Object> fingerprint(String session) throws SQLException {
        Map<String, Object> prints = new LinkedHashMap<>();
        try (Connection db = TestDatabase.asOwner()) {
            for (Map.Entry<String, String> table : FINGERPRINTS.entrySet()) {
                prints.put(table.getKey(), TestDatabase.column(db, table.getValue(), session).get(0));
            }
        }
        return prints;
    }

    private static void problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body(not(containsString("Exception"))).body(not(containsString("brainstorm_")));
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() throws SQLException {
        String session = createSession(owner, "scamper", Map.of("votesPerParticipant", 1));
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        String idea = addIdea(editor, session, "Self check-in kiosks", "substitute");
        String other = addIdea(owner, session, "Remove paper forms", "eliminate");
        as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
        as(owner).body(Map.of("count", 2)).when().post(SESSIONS + "/" + session + "/suggestions").then().statusCode(200);
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        Map<String, Object> before = fingerprint(session);
        String path = SESSIONS + "/" + session;

        // Unknown framework (a new session) and unknown steps.
        problem(as(owner).body(Map.of("title", "x", "topic", "y", "framework", "brainwriting")).when().post(SESSIONS).then(), 400);
        problem(as(owner).body(Map.of("text", "An idea", "step", "white")).when().post(path + "/ideas").then(), 400);
        problem(as(owner).body(Map.of("step", "green")).when().patch(path + "/ideas/" + other).then(), 400);
        problem(as(owner).body(Map.of("currentStep", "blue")).when().patch(path).then(), 400);
        problem(as(owner).body(Map.of("step", "yellow", "count", 3)).when().post(path + "/suggestions").then(), 400);
        problem(as(owner).queryParam("step", "red").when().get(path + "/ideas").then(), 400);
        // Empty, blank and oversized ideas, and an oversized edit.
        problem(as(editor).body(Map.of("text", "")).when().post(path + "/ideas").then(), 400);
        problem(as(editor).body(Map.of("text", " \n\t ")).when().post(path + "/ideas").then(), 400);
        problem(as(editor).body(Map.of("step", "substitute")).when().post(path + "/ideas").then(), 400);
        problem(as(editor).body(Map.of("text", "x".repeat(501))).when().post(path + "/ideas").then(), 400);
        problem(as(editor).body(Map.of("text", "ok", "details", "d".repeat(4001))).when().post(path + "/ideas").then(), 400);
        problem(as(editor).body(Map.of("text", "x".repeat(501))).when().patch(path + "/ideas/" + idea).then(), 400);
        problem(as(editor).body("{\"text\": ").when().post(path + "/ideas").then(), 400);
        // Voting past the limit (one vote each here), twice on one idea, and by a viewer.
        problem(as(editor).when().post(path + "/ideas/" + other + "/votes").then(), 409);
        problem(as(editor).when().post(path + "/ideas/" + idea + "/votes").then(), 409);
        problem(as(viewer).when().post(path + "/ideas/" + idea + "/votes").then(), 403);
        // Inviting yourself, an unknown role, a malformed user id.
        problem(as(owner).body(Map.of("role", "editor")).when().put(path + "/collaborators/" + owner).then(), 400);
        problem(as(owner).body(Map.of("role", "admin")).when().put(path + "/collaborators/" + viewer).then(), 400);
        // A path id that is no UUID names no resource: 404, as for any unknown id.
        problem(as(owner).body(Map.of("role", "editor")).when().put(path + "/collaborators/not-a-uuid").then(), 404);
        // Deleting as a non-owner: the session, a member, someone else's idea.
        problem(as(editor).when().delete(path).then(), 403);
        problem(as(viewer).when().delete(path).then(), 403);
        problem(as(editor).when().delete(path + "/collaborators/" + viewer).then(), 403);
        problem(as(editor).when().delete(path + "/ideas/" + other).then(), 403);
        problem(as(viewer).when().delete(path + "/ideas/" + idea).then(), 403);
        problem(as(UUID.randomUUID()).when().delete(path).then(), 404);
        // Bad settings, status, count, export format and merge.
        problem(as(owner).body(Map.of("settings", Map.of("votesPerParticipant", 101))).when().patch(path).then(), 400);
        problem(as(owner).body(Map.of("status", "paused")).when().patch(path).then(), 400);
        problem(as(owner).body(Map.of("count", 21)).when().post(path + "/suggestions").then(), 400);
        problem(as(owner).queryParam("format", "pdf").when().get(path + "/export").then(), 400);
        problem(as(owner).body(Map.of("keepId", idea, "ideaIds", List.of(idea))).when().post(path + "/merges").then(), 400);
        problem(as(owner).body(Map.of("keepId", idea, "ideaIds", List.of(UUID.randomUUID()))).when().post(path + "/merges").then(), 404);

        assertEquals(before, fingerprint(session));
        as(owner).when().get(SESSIONS).then().body("items.title", not(hasItem("x")));
    }
}
