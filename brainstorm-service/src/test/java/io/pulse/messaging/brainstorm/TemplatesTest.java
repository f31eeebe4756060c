package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Templates of one's own: CRUD, sessions made from them, "save as my template", and isolation between users. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class TemplatesTest {

    static final String TEMPLATES = "/api/brainstorm/templates";

    private final UUID owner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private static Map<String, Object> step(String name, String prompt, Integer timeBox) {
        return timeBox == null ? Map.of("name", name, "prompt", prompt) : Map.of("name", name, "prompt", prompt, "timeBoxSeconds", timeBox);
    }

    private static Map<String, Object> checkIn(String name) {
        return Map.of("name", name, "description", "Our fortnightly check-in", "steps", List.of(
                step("What went well?", "Write down one thing that helped us this sprint.", 300),
                step("What to change", "Name one thing we should do differently.", null),
                step("What went well!", "Same name, another key.", null)));
    }

    private String create(UUID user, String name) {
        return as(user).body(checkIn(name)).when().post(TEMPLATES).then().statusCode(201).extract().path("id");
    }

    private String session(UUID user, String template) {
        return as(user).body(Map.of("title", "Sprint 42", "topic", "How did sprint 42 go?", "templateId", template))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aTemplateIsSavedReadReplacedAndDeleted() {
        String id = create(owner, "Sprint check-in");
        as(owner).when().get(TEMPLATES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Sprint check-in")).body("builtin", equalTo(false)).body("framework", nullValue())
                .body("steps.key", contains("what_went_well", "what_to_change", "what_went_well_2"))
                .body("steps.name", contains("What went well?", "What to change", "What went well!"))
                .body("steps[0].prompt", equalTo("Write down one thing that helped us this sprint."))
                .body("steps[0].timeBoxSeconds", equalTo(300)).body("steps[1].timeBoxSeconds", nullValue());
        as(owner).body(Map.of("name", "Renamed", "steps", List.of(step("Only step", "Say anything.", null))))
                .when().put(TEMPLATES + "/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed")).body("description", equalTo("")).body("steps.key", contains("only_step"));
        as(owner).when().get("/api/brainstorm/audit?limit=2").then().statusCode(200)
                .body("items.action", contains("template.updated", "template.created"))
                .body("items[0].changes.fields", contains("name", "description", "steps"))
                .body("items.targetId", contains(id, id));
        as(owner).when().delete(TEMPLATES + "/" + id).then().statusCode(204);
        as(owner).when().get(TEMPLATES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(owner).when().delete(TEMPLATES + "/" + id).then().statusCode(404);
    }

    @Test
    void theListIsNewestFirstInKeysetPagesAndTheBuiltInOnesAreListedApart() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(0, create(owner, "Template " + i));
        }
        JsonPath first = as(owner).queryParam("limit", 2).when().get(TEMPLATES).then().statusCode(200).extract().jsonPath();
        assertEquals(made.subList(0, 2), first.getList("items.id"));
        JsonPath second = as(owner).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor")).when().get(TEMPLATES)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(made.subList(2, 3), second.getList("items.id"));
        assertEquals(null, second.getString("nextCursor"));
        as(owner).queryParam("cursor", "not-a-cursor").when().get(TEMPLATES).then().statusCode(400);
        as(owner).when().get(TEMPLATES + "/builtin").then().statusCode(200)
                .body("framework", contains("scamper", "six_hats", "retrospective", "free_form"))
                .body("builtin", not(hasItem(false))).body("id", contains(null, null, null, null))
                .body("find { it.framework == 'retrospective' }.steps.key", contains("reflect", "group", "vote", "discuss"));
    }

    @Test
    void badTemplatesAreProblemsAndNothingIsSaved() {
        List<Map<String, Object>> bodies = List.of(
                Map.of("name", "", "steps", List.of(step("A", "B", null))),
                Map.of("name", "x".repeat(81), "steps", List.of(step("A", "B", null))),
                Map.of("name", "No steps", "steps", List.of()),
                Map.of("name", "No steps at all"),
                Map.of("name", "Too many", "steps", java.util.Collections.nCopies(21, step("A", "B", null))),
                Map.of("name", "Blank prompt", "steps", List.of(step("A", " ", null))),
                Map.of("name", "Long step name", "steps", List.of(step("n".repeat(61), "B", null))),
                Map.of("name", "Short box", "steps", List.of(step("A", "B", 5))),
                Map.of("name", "Long description", "description", "d".repeat(1001), "steps", List.of(step("A", "B", null))));
        for (Map<String, Object> body : bodies) {
            as(owner).body(body).when().post(TEMPLATES).then().statusCode(400).contentType("application/problem+json");
        }
        as(owner).when().get(TEMPLATES).then().statusCode(200).body("items", empty());
    }

    @Test
    void aSessionCopiesItsTemplatesStepsAndALaterEditLeavesItAlone() {
        String template = create(owner, "Sprint check-in");
        String session = session(owner, template);
        JsonPath created = as(owner).when().get(SESSIONS + "/" + session).then().statusCode(200)
                .body("framework", equalTo("custom")).body("currentStep", equalTo("what_went_well"))
                .body("steps.key", contains("what_went_well", "what_to_change", "what_went_well_2"))
                .body("steps.title", contains("What went well?", "What to change", "What went well!"))
                .body("steps[0].question", equalTo("Write down one thing that helped us this sprint."))
                .body("steps[0].timeBoxSeconds", equalTo(300)).body("stepEndsAt", notNullValue())
                .extract().jsonPath();
        assertEquals(Duration.ofSeconds(300), Duration.between(OffsetDateTime.parse(created.getString("stepStartedAt")),
                OffsetDateTime.parse(created.getString("stepEndsAt"))), "the step's own time box times it");

        as(owner).body(Map.of("name", "Changed", "steps", List.of(step("Something else", "Else.", null))))
                .when().put(TEMPLATES + "/" + template).then().statusCode(200);
        as(owner).when().delete(TEMPLATES + "/" + template).then().statusCode(204);
        as(owner).when().get(SESSIONS + "/" + session).then().statusCode(200)
                .body("steps.key", contains("what_went_well", "what_to_change", "what_went_well_2"));

        addIdea(owner, session, "The release checklist saved us", null);
        addIdea(owner, session, "Fewer meetings", "what_to_change");
        as(owner).body(Map.of("text", "x", "step", "substitute")).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(400).body("errors[0].message", containsString("what_went_well, what_to_change"));
        as(owner).queryParam("step", "nope").when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(400);
        as(owner).queryParam("step", "what_to_change").when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(200)
                .body("items.text", contains("Fewer meetings"));
        as(owner).body(Map.of("currentStep", "what_to_change")).when().patch(SESSIONS + "/" + session).then().statusCode(200)
                .body("stepEndsAt", nullValue());
        as(owner).body(Map.of("step", "what_to_change")).when().post(SESSIONS + "/" + session + "/suggestions").then().statusCode(200)
                .body("suggestions", empty()).body("noSuggestionsReason", containsString("\"What to change\", a step of your own template"));
        as(owner).queryParam("format", "json").when().get(SESSIONS + "/" + session + "/export").then().statusCode(200)
                .body("steps.title", contains("What went well?", "What to change", "What went well!"))
                .body("steps[1].ideas.text", contains("Fewer meetings"));
        as(owner).when().get("/api/brainstorm/audit?limit=1").then().statusCode(200);
    }

    @Test
    void aSessionNeedsAFrameworkOrATemplateButNotBoth() {
        String template = create(owner, "Sprint check-in");
        as(owner).body(Map.of("title", "x", "topic", "y")).when().post(SESSIONS).then().statusCode(400)
                .body("errors.field", hasItem("framework"));
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "custom")).when().post(SESSIONS).then().statusCode(400)
                .body("errors.field", hasItem("framework"));
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "scamper", "templateId", template)).when().post(SESSIONS)
                .then().statusCode(400).body("errors.field", hasItem("framework"));
        as(owner).body(Map.of("title", "x", "topic", "y", "templateId", "not-a-uuid")).when().post(SESSIONS).then().statusCode(400);
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "custom", "templateId", template)).when().post(SESSIONS)
                .then().statusCode(201).body("framework", equalTo("custom"));
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "retrospective")).when().post(SESSIONS)
                .then().statusCode(201).body("framework", equalTo("retrospective"));
    }

    @Test
    void anotherUserCannotReadEditDeleteOrUseYourTemplate() {
        String mine = create(owner, "Private steps");
        as(other).when().get(TEMPLATES + "/" + mine).then().statusCode(404).contentType("application/problem+json");
        as(other).body(checkIn("Taken over")).when().put(TEMPLATES + "/" + mine).then().statusCode(404);
        as(other).when().delete(TEMPLATES + "/" + mine).then().statusCode(404);
        as(other).body(Map.of("title", "x", "topic", "y", "templateId", mine)).when().post(SESSIONS).then().statusCode(400)
                .body("errors.field", hasItem("templateId"));
        as(other).when().get("/api/brainstorm/sessions?limit=100").then().statusCode(200).body("items", empty());
        as(other).when().get(TEMPLATES).then().statusCode(200).body("items", empty());
        as(owner).when().get(TEMPLATES + "/" + mine).then().statusCode(200).body("name", equalTo("Private steps"));
        as(owner).when().get(TEMPLATES).then().statusCode(200).body("items.id", contains(mine));
    }

    @Test
    void aMemberSavesASessionsStepsAsTheirOwnTemplateAndAStrangerCannot() {
        String template = create(owner, "Sprint check-in");
        String session = session(owner, template);
        invite(owner, session, other, "viewer");
        String copy = as(other).body("").when().post(SESSIONS + "/" + session + "/template").then().statusCode(201)
                .body("name", equalTo("Sprint 42")).body("description", equalTo("How did sprint 42 go?"))
                .body("steps.key", contains("what_went_well", "what_to_change", "what_went_well_2"))
                .body("steps[0].timeBoxSeconds", equalTo(300))
                .extract().path("id");
        // The copy is the viewer's own: they start a session from it; the owner cannot see it.
        String theirs = session(other, copy);
        as(other).when().get(SESSIONS + "/" + theirs).then().statusCode(200).body("role", equalTo("owner"))
                .body("steps.key", contains("what_went_well", "what_to_change", "what_went_well_2"));
        as(owner).when().get(TEMPLATES + "/" + copy).then().statusCode(404);
        as(other).when().get(TEMPLATES + "/" + template).then().statusCode(404);

        String hats = createSession(owner, "six_hats");
        as(owner).body(Map.of("name", "My hats")).when().post(SESSIONS + "/" + hats + "/template").then().statusCode(201)
                .body("steps.key", contains("white", "red", "black", "yellow", "green", "blue"))
                .body("steps[0].prompt", equalTo("What do we know, what data do we have, and what is missing?"));
        as(other).when().post(SESSIONS + "/" + hats + "/template").then().statusCode(404).contentType("application/problem+json");
        as(owner).body(Map.of("name", "")).when().post(SESSIONS + "/" + hats + "/template").then().statusCode(400);
        as(other).when().get(TEMPLATES + "?limit=10").then().statusCode(200).body("items", hasSize(1));
    }
}
