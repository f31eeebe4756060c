package io.pulse.messaging.local;

import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.time.Duration;

import io.vertx.core.json.JsonObject;

/** The brainstorm-service's promises, checked through the gateway. */
final class BrainstormChecks implements FeatureChecks.Group {

    static final String SESSIONS = "/api/brainstorm/sessions";
    static final Duration LIVE = Duration.ofSeconds(5);

    @Override
    public String title() {
        return "brainstorm-service";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a collaborator's idea reaches the owner's live stream; a stranger cannot open it", () -> liveIdea(owner, other));
    }

    private static void liveIdea(CheckUser owner, CheckUser other) {
        String session = session(owner, "free_form");
        other.expect(404, "GET", SESSIONS + "/" + session, null);
        owner.ok("PUT", SESSIONS + "/" + session + "/collaborators/" + other.id(), new JsonObject().put("role", "editor"));
        other.ok("GET", SESSIONS + "/" + session, null);
        try (EventStream events = owner.client().events(SESSIONS + "/" + session + "/events")) {
            events.awaitOpen(LIVE);
            events.await("ready", data -> true, LIVE);
            JsonObject idea = other.ok("POST", SESSIONS + "/" + session + "/ideas", new JsonObject().put("text", "A guided first-run tour"));
            EventStream.Event added = events.await("idea_added", data -> true, LIVE);
            requireEqual(idea.getString("id"), added.data().getString("id", added.data().getString("ideaId")), "the live idea's id");
        }
    }

    /** A new session of {@code framework} owned by {@code owner} with {@code editor} as its editor; its id. */
    static String sessionWith(CheckUser owner, CheckUser editor, String framework) {
        String session = session(owner, framework);
        owner.ok("PUT", SESSIONS + "/" + session + "/collaborators/" + editor.id(), new JsonObject().put("role", "editor"));
        return session;
    }

    /** A new session of {@code framework} owned by {@code owner}; its id. */
    static String session(CheckUser owner, String framework) {
        return owner.ok("POST", SESSIONS, new JsonObject().put("title", "Feature check").put("topic", "First-run experience")
                .put("framework", framework)).getString("id");
    }
}
