package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** In an anonymous session no event or read names a voter, and a vote cast anonymously stays anonymous. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AnonymousVotingTest {

    @TestHTTPResource("/")
    URI base;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID latecomer = UUID.randomUUID();

    @Test
    void aVoteEventNamesNoVoter() throws Exception {
        String session = createSession(owner, "free_form", Map.of("anonymousVoting", true));
        invite(owner, session, editor, "editor");
        String idea = addIdea(owner, session, "Shared idea", null);
        try (SseSubscriber facilitator = new SseSubscriber(base, owner, session)) {
            facilitator.next("ready");
            as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
            String raw = facilitator.nextRaw("vote_changed");
            JsonObject event = new JsonObject(raw);
            assertEquals(1, event.getInteger("votes"));
            assertEquals(idea, event.getString("ideaId"));
            assertFalse(event.containsKey("actor"), raw);
            assertFalse(raw.contains(editor.toString()), raw);
        }
    }

    @Test
    void votesCastAnonymouslyStayAnonymousWhenAnonymityIsTurnedOff() {
        String session = createSession(owner, "free_form", Map.of("anonymousVoting", true));
        invite(owner, session, editor, "editor");
        invite(owner, session, latecomer, "editor");
        String early = addIdea(owner, session, "Voted while anonymous", null);
        String late = addIdea(owner, session, "Voted in the open", null);
        as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + early + "/votes").then().statusCode(201);

        as(owner).body(Map.of("settings", Map.of("anonymousVoting", false))).when().patch(SESSIONS + "/" + session).then().statusCode(200);
        as(latecomer).when().post(SESSIONS + "/" + session + "/ideas/" + late + "/votes").then().statusCode(201);

        String votes = SESSIONS + "/" + session + "/votes";
        as(owner).when().get(votes).then().statusCode(200)
                .body("items.find { it.ideaId == '" + early + "' }.votes", equalTo(1))
                .body("items.find { it.ideaId == '" + early + "' }.voters", empty())
                .body("items.find { it.ideaId == '" + late + "' }.voters", contains(latecomer.toString()));
        as(owner).when().get(SESSIONS + "/" + session + "/ideas/" + early).then().body("voters", empty()).body("votes", equalTo(1));
        as(owner).when().get(SESSIONS + "/" + session + "/ideas").then()
                .body("items.find { it.id == '" + early + "' }.voters", empty());
        String export = as(owner).when().get(SESSIONS + "/" + session + "/export").then().statusCode(200).extract().asString();
        assertFalse(export.contains(editor.toString()), "the export names the anonymous voter");
        String markdown = as(owner).queryParam("format", "markdown").when().get(SESSIONS + "/" + session + "/export").then()
                .statusCode(200).extract().asString();
        assertFalse(markdown.contains(editor.toString()));
        // The voter still knows their own vote.
        as(editor).when().get(SESSIONS + "/" + session + "/ideas/" + early).then().body("votedByMe", equalTo(true));
    }

    /** The database itself marks a vote cast in an anonymous session as anonymous, whatever the inserting code says. */
    @Test
    void theDatabaseKeepsAVoteInAnAnonymousSessionAnonymous() throws Exception {
        String session = createSession(owner, "free_form", Map.of("anonymousVoting", true));
        invite(owner, session, editor, "editor");
        String idea = addIdea(owner, session, "Direct vote", null);
        try (Connection db = TestDatabase.asAppRole(editor)) {
            TestDatabase.update(db, "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at, anonymous) "
                    + "values (gen_random_uuid(), ?::uuid, ?::uuid, ?, now(), false)", session, idea, editor);
            db.commit();
        }
        try (Connection db = TestDatabase.asOwner()) {
            assertEquals(List.of(true), TestDatabase.column(db,
                    "select anonymous from brainstorm.brainstorm_votes where session_id = ?::uuid and user_id = ?", session, editor));
        }
        as(owner).body(Map.of("settings", Map.of("anonymousVoting", false))).when().patch(SESSIONS + "/" + session).then().statusCode(200);
        as(owner).when().get(SESSIONS + "/" + session + "/votes").then().body("items[0].votes", equalTo(1)).body("items[0].voters", empty());
    }
}
