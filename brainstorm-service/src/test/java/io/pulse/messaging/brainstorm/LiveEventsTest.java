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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Server-Sent Events reach a member connected on another connection, through PostgreSQL LISTEN/NOTIFY. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveEventsTest {

    private static final long WAIT_SECONDS = 20;

    @TestHTTPResource("/")
    URI base;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();

    /** One SSE subscriber: its events as "name data" strings, in arrival order. */
    private final class Subscriber implements AutoCloseable {
        final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        final CompletableFuture<HttpResponse<Stream<String>>> response;

        Subscriber(UUID user, String session) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(SESSIONS.substring(1) + "/" + session + "/events"))
                    .header("Authorization", "Bearer " + TestTokens.forUser(user))
                    .header("Accept", "text/event-stream")
                    .build();
            response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
                String[] name = {null};
                r.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && name[0] != null) {
                        events.add(new String[] {name[0], line.substring(5).trim()});
                        name[0] = null;
                    }
                });
            });
        }

        /** The next event of the given type, skipping others; fails after a generous wait. */
        JsonObject next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                String[] event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && event[0].equals(type)) {
                    return new JsonObject(event[1]);
                }
            }
            throw new AssertionError("no " + type + " event within " + WAIT_SECONDS + " s");
        }

        @Override
        public void close() {
            response.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }

    @Test
    void aSecondMemberSeesChangesMadeThroughAnotherConnection() throws Exception {
        String session = createSession(owner, "scamper");
        invite(owner, session, editor, "editor");
        try (Subscriber watcher = new Subscriber(editor, session); Subscriber facilitator = new Subscriber(owner, session)) {
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
        try (Subscriber watcher = new Subscriber(owner, mine)) {
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
        try (Subscriber watcher = new Subscriber(editor, session)) {
            watcher.next("ready");
            as(owner).when().delete(SESSIONS + "/" + session + "/collaborators/" + editor).then().statusCode(204);
            assertEquals(editor.toString(), watcher.next("collaborator_changed").getString("userId"));
            HttpResponse<Stream<String>> response = watcher.response.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
        }
        as(UUID.randomUUID()).when().get(SESSIONS + "/" + session + "/events").then().statusCode(404);
    }
}
