package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Server-Sent Events reach a member connected on another connection, through PostgreSQL LISTEN/NOTIFY. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveEventsTest {

    @TestHTTPResource("/")
    URI base;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();

    private SseSubscriber subscribe(UUID user, String session) {
        return new SseSubscriber(base, user, session);
    }

    @Test
    void aSecondMemberSeesChangesMadeThroughAnotherConnection() throws Exception {
        String session = createSession(owner, "scamper");
        invite(owner, session, editor, "editor");
        try (SseSubscriber watcher = subscribe(editor, session); SseSubscriber facilitator = subscribe(owner, session)) {
            watcher.next("ready");
            facilitator.next("ready");

            String idea = addIdea(owner, session, "Self check-in kiosks", "substitute");
            JsonObject added = watcher.next("idea_added");
            assertEquals(idea, added.getString("ideaId"));
            assertEquals("Self check-in kiosks", added.getString("text"));
            assertEquals(owner.toString(), added.getString("actor"));
            assertEquals(idea, facilitator.next("idea_added").getString("ideaId"));

            as(owner).body(Map.of("text", "Self check-in kiosks with ID scan")).when().patch(SESSIONS + "/" + session + "/ideas/" + idea)
                    .then().statusCode(200);
            assertEquals("Self check-in kiosks with ID scan", watcher.next("idea_edited").getString("text"));

            as(owner).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
            assertEquals(1, watcher.next("vote_changed").getInteger("votes"));

            as(owner).body(Map.of("currentStep", "combine")).when().patch(SESSIONS + "/" + session).then().statusCode(200);
            assertEquals("combine", watcher.next("step_changed").getString("currentStep"));

            as(editor).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
            assertNotNull(facilitator.next("clusters_updated").getString("ideaSetHash"));

            UUID newcomer = UUID.randomUUID();
            invite(owner, session, newcomer, "viewer");
            assertEquals(newcomer.toString(), watcher.next("collaborator_changed").getString("userId"));

            as(owner).when().delete(SESSIONS + "/" + session + "/ideas/" + idea).then().statusCode(204);
            assertEquals(idea, watcher.next("idea_deleted").getString("ideaId"));
        }
    }

    @Test
    void eventsOfOtherSessionsAndUncommittedChangesAreNotDelivered() throws Exception {
        String mine = createSession(owner, "free_form");
        String other = createSession(owner, "free_form");
        try (SseSubscriber watcher = subscribe(owner, mine)) {
            watcher.next("ready");
            addIdea(owner, other, "Somewhere else", null);
            // A rejected change (viewer-less: too long) publishes nothing either.
            as(owner).body(Map.of("text", "x".repeat(501))).when().post(SESSIONS + "/" + mine + "/ideas").then().statusCode(400);
            String idea = addIdea(owner, mine, "Right here", null);
            JsonObject first = watcher.next("idea_added");
            assertEquals(idea, first.getString("ideaId"), "the first idea event is this session's");
        }
    }

    @Test
    void aRemovedMembersStreamEndsAndStrangersGet404() throws Exception {
        String session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        try (SseSubscriber watcher = subscribe(editor, session)) {
            watcher.next("ready");
            as(owner).when().delete(SESSIONS + "/" + session + "/collaborators/" + editor).then().statusCode(204);
            assertEquals(editor.toString(), watcher.next("collaborator_changed").getString("userId"));
            HttpResponse<Stream<String>> response = watcher.response.get(SseSubscriber.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
        }
        as(UUID.randomUUID()).when().get(SESSIONS + "/" + session + "/events").then().statusCode(404);
    }
}
