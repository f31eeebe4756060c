package io.pulse.messaging.local;

import static io.pulse.messaging.local.BrainstormChecks.SESSIONS;
import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Brainstorm's templates: the retrospective (Parabol's phases) and templates of one's own, checked through the gateway. */
final class TemplateChecks implements FeatureChecks.Group {

    static final String TEMPLATES = "/api/brainstorm/templates";

    @Override
    public String title() {
        return "brainstorm-service: templates";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a retrospective runs Parabol's phases: reflect, group, vote, discuss", () -> retrospective(owner));
        registry.check("a template of one's own starts sessions with its steps, and stays private", () -> ownTemplate(owner, other));
    }

    private static void retrospective(CheckUser owner) {
        JsonObject session = owner.ok("POST", SESSIONS, new JsonObject().put("title", "Sprint 42 retro").put("topic", "Sprint 42")
                .put("framework", "retrospective"));
        requireEqual(List.of("reflect", "group", "vote", "discuss"), keys(session.getJsonArray("steps")), "the retrospective's steps");
    }

    private static void ownTemplate(CheckUser owner, CheckUser other) {
        JsonObject template = owner.ok("POST", TEMPLATES, new JsonObject().put("name", "Start, stop, continue")
                .put("steps", new JsonArray()
                        .add(new JsonObject().put("name", "Start").put("prompt", "What should we start doing?"))
                        .add(new JsonObject().put("name", "Stop").put("prompt", "What should we stop doing?"))
                        .add(new JsonObject().put("name", "Continue").put("prompt", "What should we keep doing?").put("timeBoxSeconds", 300))));
        String id = template.getString("id");
        JsonObject session = owner.ok("POST", SESSIONS, new JsonObject().put("title", "Team habits").put("topic", "How we work")
                .put("templateId", id));
        requireEqual(List.of("start", "stop", "continue"), keys(session.getJsonArray("steps")), "the session's steps from the template");
        other.expect(404, "GET", TEMPLATES + "/" + id, null);
        other.expect(400, "POST", SESSIONS, new JsonObject().put("title", "Borrowed").put("topic", "x").put("templateId", id));
        JsonArray listed = other.ok("GET", TEMPLATES, null).getJsonArray("items", new JsonArray());
        require(listed.stream().noneMatch(item -> id.equals(((JsonObject) item).getString("id"))), "another user's templates: " + listed);
        owner.expect(400, "POST", TEMPLATES, new JsonObject().put("name", "No steps").put("steps", new JsonArray()));
    }

    private static List<String> keys(JsonArray steps) {
        require(steps != null, "the session lists its steps");
        return steps.stream().map(step -> ((JsonObject) step).getString("key")).toList();
    }
}
