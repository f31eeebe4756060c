package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.service.TimerPoller;
import io.pulse.messaging.brainstorm.service.TimerPoller.Fired;
import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.brainstorm.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;

/**
 * Timed voting rounds close by themselves and step timers announce their end (and move on when asked), once across
 * replicas: the test clock moves time, and the poller (scheduled every second in production, off in tests) is called
 * here, by two callers at once where it matters.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class TimersTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestClock clock;

    @Inject
    TimerPoller poller;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<Fired> poll() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> poller.poll());
    }

    /** Two replicas' pollers at once: what each of them fired. */
    private List<Fired> pollTwiceAtOnce() throws Exception {
        CompletableFuture<List<Fired>> first = CompletableFuture.supplyAsync(this::pollQuietly);
        CompletableFuture<List<Fired>> second = CompletableFuture.supplyAsync(this::pollQuietly);
        List<Fired> all = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
        all.addAll(second.get(60, TimeUnit.SECONDS));
        return all;
    }

    private List<Fired> pollQuietly() {
        try {
            return poll();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private java.time.Instant endsAt(String path) {
        return OffsetDateTime.parse(as(editor).when().get(path).then().statusCode(200).extract().<String>path("stepEndsAt")).toInstant();
    }

    /** How many events of {@code type} arrive before the next {@code marker} event. */
    private static int countBefore(SseSubscriber stream, String type, String marker) throws InterruptedException {
        int count = 0;
        while (true) {
            String[] event = stream.events.poll(SseSubscriber.WAIT_SECONDS, TimeUnit.SECONDS);
            if (event == null || event[0].equals(marker)) {
                assertTrue(event != null, "no " + marker + " event");
                return count;
            }
            count += event[0].equals(type) ? 1 : 0;
        }
    }

    @Test
    void aTimedRoundClosesByItselfOnceWhateverTheNumberOfPollers() throws Throwable {
        String session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        String idea = addIdea(owner, session, "Self check-in kiosks", null);
        String rounds = SESSIONS + "/" + session + "/voting-rounds";
        try (SseSubscriber stream = new SseSubscriber(base, editor, session)) {
            stream.next("ready");
            String round = as(owner).body(Map.of("durationSeconds", 600)).when().post(rounds).then().statusCode(201).extract().path("id");
            assertEquals(round, stream.next("voting_started").getString("roundId"));
            as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);

            clock.advance(Duration.ofSeconds(300));
            assertFalse(pollTwiceAtOnce().stream().anyMatch(fired -> session.equals(fired.sessionId().toString())), "not yet due");
            clock.advance(Duration.ofSeconds(301));
            List<Fired> fired = pollTwiceAtOnce().stream().filter(f -> session.equals(f.sessionId().toString())).toList();
            assertEquals(List.of(new Fired("voting_round", UUID.fromString(session), UUID.fromString(round))), fired);

            JsonObject closed = stream.next("voting_closed");
            assertEquals(round, closed.getString("roundId"));
            assertEquals("timer", closed.getString("closedBy"));
            assertEquals(1, closed.getJsonArray("results").getJsonObject(0).getInteger("votes"));
            assertNull(closed.getString("actor"), "nobody closed it");
            addIdea(owner, session, "A marker after the close", null);
            assertEquals(0, countBefore(stream, "voting_closed", "idea_added"), "voting_closed went out once");
        }
        as(editor).when().get(rounds).then().statusCode(200).body("items[0].status", equalTo("closed"), "items[0].closedBy", equalTo("timer"));
        // Voting is the session's again; a late poll finds nothing of this round.
        as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201).body("votes", equalTo(1));
        assertFalse(poll().stream().anyMatch(f -> session.equals(f.sessionId().toString())));
    }

    @Test
    void theOwnerEndingARoundAndItsTimerCloseItOnce() throws Throwable {
        String session = createSession(owner, "free_form");
        String rounds = SESSIONS + "/" + session + "/voting-rounds";
        String round = as(owner).body(Map.of("durationSeconds", 30)).when().post(rounds).then().statusCode(201).extract().path("id");
        clock.advance(Duration.ofSeconds(31));
        as(owner).when().post(rounds + "/" + round + "/end").then().statusCode(200).body("closedBy", equalTo("owner"));
        assertFalse(poll().stream().anyMatch(f -> session.equals(f.sessionId().toString())));
        as(owner).when().get(rounds + "/" + round).then().statusCode(200).body("closedBy", equalTo("owner"));
    }

    @Test
    void aStepTimerAnnouncesTimeUpOnceAndMovesToTheNextStepWhenAsked() throws Throwable {
        String session = createSession(owner, "scamper", Map.of("stepTimerSeconds", 60, "advanceOnTimeUp", true));
        invite(owner, session, editor, "viewer");
        String path = SESSIONS + "/" + session;
        OffsetDateTime started = OffsetDateTime.parse(as(editor).when().get(path).then().statusCode(200)
                .body("settings.advanceOnTimeUp", equalTo(true), "currentStep", equalTo("substitute"))
                .extract().path("stepStartedAt"));
        assertEquals(started.plusSeconds(60).toInstant(), endsAt(path));
        String stepStarted;
        try (SseSubscriber stream = new SseSubscriber(base, editor, session)) {
            stream.next("ready");
            clock.advance(Duration.ofSeconds(61));
            List<Fired> fired = pollTwiceAtOnce().stream().filter(f -> session.equals(f.sessionId().toString())).toList();
            assertEquals(List.of(new Fired("step", UUID.fromString(session), null)), fired);
            JsonObject timeUp = stream.next("step_time_up");
            assertEquals("substitute", timeUp.getString("step"));
            assertTrue(timeUp.getBoolean("advanced"));
            assertEquals("combine", stream.next("step_changed").getString("currentStep"));
            as(owner).body(Map.of("title", "A marker")).when().patch(path).then().statusCode(200);
            assertEquals(0, countBefore(stream, "step_time_up", "session_updated"), "step_time_up went out once");
        }
        stepStarted = as(editor).when().get(path).then().statusCode(200).body("currentStep", equalTo("combine")).extract().path("stepStartedAt");
        OffsetDateTime restarted = OffsetDateTime.parse(stepStarted);
        assertTrue(restarted.isAfter(started.plusSeconds(60)), "the next step started when the time was up");
        assertEquals(restarted.plusSeconds(60).toInstant(), endsAt(path));

        // The last step stays where it is.
        as(owner).body(Map.of("currentStep", "reverse")).when().patch(path).then().statusCode(200);
        clock.advance(Duration.ofSeconds(61));
        assertEquals(1, poll().stream().filter(f -> session.equals(f.sessionId().toString())).count());
        as(editor).when().get(path).then().body("currentStep", equalTo("reverse"));
        assertEquals(0, poll().stream().filter(f -> session.equals(f.sessionId().toString())).count(), "announced once");
    }

    @Test
    void withoutAdvanceTheStepStaysAndAShorterTimerFiresAgain() throws Throwable {
        String session = createSession(owner, "six_hats", Map.of("stepTimerSeconds", 600));
        String path = SESSIONS + "/" + session;
        as(owner).when().get(path).then().body("settings.advanceOnTimeUp", equalTo(false));
        clock.advance(Duration.ofSeconds(120));
        assertEquals(0, poll().stream().filter(f -> session.equals(f.sessionId().toString())).count());
        as(owner).body(Map.of("settings", Map.of("stepTimerSeconds", 60))).when().patch(path).then().statusCode(200);
        assertEquals(1, poll().stream().filter(f -> session.equals(f.sessionId().toString())).count());
        as(owner).when().get(path).then().body("currentStep", equalTo("white"));
        as(owner).body(Map.of("settings", Map.of("advanceOnTimeUp", "sometimes"))).when().patch(path).then().statusCode(400);
        String noTimer = createSession(owner, "free_form");
        as(owner).when().get(SESSIONS + "/" + noTimer).then().body("stepEndsAt", nullValue(), "steps.key", contains("ideas"));
    }
}
