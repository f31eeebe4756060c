package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.support.RawListener;
import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.brainstorm.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Notifications are the one way around row-level security: anyone who can connect as the app role may LISTEN to the
 * channel and pg_notify on it. What they see must say nothing, and what they send must reach nobody.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveEventsSecurityTest {

    private static final String CHANNEL = "pulse_brainstorm";

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRawListenerLearnsNoTextNoSessionAndNoUser() throws Exception {
        String session = createSession(owner, "scamper");
        invite(owner, session, editor, "editor");
        String secret = "Private plan " + UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        try (RawListener listener = new RawListener(CHANNEL)) {
            String idea = addIdea(editor, session, secret, "substitute");
            as(editor).body(Map.of("text", secret + " v2")).when().patch(SESSIONS + "/" + session + "/ideas/" + idea).then().statusCode(200);
            as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
            as(owner).body(Map.of("currentStep", "combine", "title", "Secret title")).when().patch(SESSIONS + "/" + session).then().statusCode(200);
            invite(owner, session, newcomer, "viewer");
            List<String> payloads = listener.payloads(5, SseSubscriber.WAIT_SECONDS);
            assertTrue(payloads.size() >= 5, payloads.toString());
            for (String payload : payloads) {
                for (String hidden : List.of("Private plan", secret, "Secret title", session, owner.toString(), editor.toString(),
                        newcomer.toString())) {
                    assertFalse(payload.contains(hidden), "a raw LISTEN learns " + hidden + " from " + payload);
                }
            }
        }
    }

    @Test
    void forgedNotificationsNeverReachAMember() throws Exception {
        String session = createSession(owner, "free_form");
        double rejectedBefore = rejected("signature");
        try (SseSubscriber watcher = new SseSubscriber(base, owner, session)) {
            watcher.next("ready");
            String forgedIdea = UUID.randomUUID().toString();
            JsonObject data = new JsonObject().put("ideaId", forgedIdea).put("step", "ideas").put("text", "FORGED idea")
                    .put("authorId", owner.toString()).put("sessionId", session).put("actor", owner.toString());
            try (Connection db = TestDatabase.asAppRole(null)) {
                // The format of the notifications before they were sealed, a made-up seal, and a plausible end of session.
                notify(db, new JsonObject().put("topic", session).put("type", "idea_added").put("data", data).encode());
                notify(db, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA." + new JsonObject().put("t", session).put("e", "idea_added")
                        .put("d", data).put("at", clock.millis()).encode());
                notify(db, new JsonObject().put("topic", session).put("type", "session_deleted")
                        .put("data", new JsonObject().put("sessionId", session)).encode());
                db.commit();
            }
            String genuine = addIdea(owner, session, "Genuine idea", null);
            assertEquals(genuine, watcher.next("idea_added").getString("ideaId"), "the first idea event is the genuine one");
            assertFalse(watcher.events.stream().anyMatch(event -> event[1].contains("FORGED")));
        }
        assertTrue(rejected("signature") >= rejectedBefore + 3, "each forgery is counted");
    }

    @Test
    void aGenuineNotificationReplayedLaterIsDropped() throws Exception {
        String session = createSession(owner, "free_form");
        try (RawListener listener = new RawListener(CHANNEL); SseSubscriber watcher = new SseSubscriber(base, owner, session)) {
            watcher.next("ready");
            String first = addIdea(owner, session, "First idea", null);
            assertEquals(first, watcher.next("idea_added").getString("ideaId"));
            List<String> captured = listener.payloads(1, SseSubscriber.WAIT_SECONDS);
            double staleBefore = rejected("stale");

            clock.advance(Duration.ofMinutes(5));
            try (Connection db = TestDatabase.asAppRole(null)) {
                for (String payload : captured) {
                    notify(db, payload);
                }
                db.commit();
            }
            String second = addIdea(owner, session, "Second idea", null);
            assertEquals(second, watcher.next("idea_added").getString("ideaId"), "the replayed event is not delivered again");
            assertEquals(staleBefore + captured.size(), rejected("stale"));
        }
    }

    private double rejected(String reason) {
        Counter counter = metrics.find("pulse.live.events.rejected").tag("channel", CHANNEL).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void notify(Connection db, String payload) throws SQLException {
        TestDatabase.column(db, "select cast(pg_notify(?, ?) as text)", CHANNEL, payload);
    }
}
