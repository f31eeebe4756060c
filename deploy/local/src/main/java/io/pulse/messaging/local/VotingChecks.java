package io.pulse.messaging.local;

import static io.pulse.messaging.local.BrainstormChecks.LIVE;
import static io.pulse.messaging.local.BrainstormChecks.SESSIONS;
import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.time.Duration;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Brainstorm's voting rounds (Miro's) and step timers, checked through the gateway with a collaborator. */
final class VotingChecks implements FeatureChecks.Group {

    /** A timer of 10 s (the least a session accepts) plus the pollers' second and some slack. */
    private static final Duration TIMER = Duration.ofSeconds(25);

    @Override
    public String title() {
        return "brainstorm-service: voting rounds and timers";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a voting round hides its results from members until the owner reveals them; its end goes out live",
                () -> hiddenRound(owner, other));
        registry.check("a timed round closes by itself and says so live", () -> timedRound(owner, other));
        registry.check("a step's time running out goes out live and moves the session to the next step", () -> stepTimer(owner));
    }

    private static void hiddenRound(CheckUser owner, CheckUser other) {
        String session = BrainstormChecks.sessionWith(owner, other, "free_form");
        String first = idea(owner, session, "A guided tour on first launch");
        idea(owner, session, "A checklist of three first tasks");
        String rounds = SESSIONS + "/" + session + "/voting-rounds";
        other.expect(403, "POST", rounds, new JsonObject());
        JsonObject round = owner.ok("POST", rounds, new JsonObject().put("revealOnEnd", false));
        String id = round.getString("id");
        owner.expect(409, "POST", rounds, new JsonObject());
        other.ok("POST", SESSIONS + "/" + session + "/ideas/" + first + "/votes", null);
        JsonObject seen = other.ok("GET", rounds + "/" + id, null);
        require(seen.getValue("results") == null, "a member sees no results while they are hidden: " + seen);
        requireEqual(1, seen.getInteger("votesUsed"), "the member's own votes in the round");
        JsonObject ownerSees = owner.ok("GET", rounds + "/" + id, null);
        requireEqual(first, topIdea(ownerSees), "the owner's live results");
        try (EventStream events = other.client().events(SESSIONS + "/" + session + "/events")) {
            events.awaitOpen(LIVE);
            events.await("ready", data -> true, LIVE);
            owner.ok("POST", rounds + "/" + id + "/end", null);
            events.await("voting_closed", data -> id.equals(data.getString("roundId", id)), LIVE);
            require(other.ok("GET", rounds + "/" + id, null).getValue("results") == null, "results stay hidden after the end");
            owner.ok("POST", rounds + "/" + id + "/reveal", null);
            events.await("voting_revealed", data -> true, LIVE);
        }
        requireEqual(first, topIdea(other.ok("GET", rounds + "/" + id, null)), "the revealed results, as a member sees them");
    }

    private static void timedRound(CheckUser owner, CheckUser other) {
        String session = BrainstormChecks.sessionWith(owner, other, "free_form");
        idea(owner, session, "Shorter sign-up form");
        try (EventStream events = other.client().events(SESSIONS + "/" + session + "/events")) {
            events.awaitOpen(LIVE);
            events.await("ready", data -> true, LIVE);
            String id = owner.ok("POST", SESSIONS + "/" + session + "/voting-rounds", new JsonObject().put("durationSeconds", 10))
                    .getString("id");
            events.await("voting_closed", data -> id.equals(data.getString("roundId", id)), TIMER);
            JsonObject round = owner.ok("GET", SESSIONS + "/" + session + "/voting-rounds/" + id, null);
            requireEqual("closed", round.getString("status"), "the timed round's status");
            requireEqual("timer", round.getString("closedBy"), "what closed the round");
        }
    }

    private static void stepTimer(CheckUser owner) {
        JsonObject session = owner.ok("POST", SESSIONS, new JsonObject().put("title", "Timed SCAMPER").put("topic", "Onboarding")
                .put("framework", "scamper")
                .put("settings", new JsonObject().put("stepTimerSeconds", 10).put("advanceOnTimeUp", true)));
        String id = session.getString("id");
        String firstStep = session.getString("currentStep");
        require(session.getString("stepEndsAt") != null, "a timed step says when it ends: " + session);
        try (EventStream events = owner.client().events(SESSIONS + "/" + id + "/events")) {
            events.awaitOpen(LIVE);
            events.await("step_time_up", data -> true, TIMER);
        }
        String now = owner.ok("GET", SESSIONS + "/" + id, null).getString("currentStep");
        require(!firstStep.equals(now), "the session moved on from " + firstStep + " when its time was up");
    }

    static String idea(CheckUser user, String session, String text) {
        return user.ok("POST", SESSIONS + "/" + session + "/ideas", new JsonObject().put("text", text)).getString("id");
    }

    private static String topIdea(JsonObject round) {
        JsonArray results = round.getJsonArray("results");
        require(results != null && !results.isEmpty(), "the round has results: " + round);
        return results.getJsonObject(0).getString("ideaId");
    }
}
