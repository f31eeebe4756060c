package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The built-in retrospective: Parabol's phases, each with its prompt, usable like the other frameworks. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RetrospectiveTest {

    private final UUID owner = UUID.randomUUID();

    @Test
    void aRetrospectiveRunsReflectGroupVoteDiscussWithTheirPrompts() {
        String session = createSession(owner, "retrospective");
        as(owner).when().get(SESSIONS + "/" + session).then().statusCode(200)
                .body("framework", equalTo("retrospective"))
                .body("currentStep", equalTo("reflect"))
                .body("steps.key", contains("reflect", "group", "vote", "discuss"))
                .body("steps.title", contains("Reflect", "Group", "Vote", "Discuss"))
                .body("steps[0].question", startsWith("What went well"))
                .body("steps.timeBoxSeconds", everyItem(nullValue()));
        addIdea(owner, session, "Deploys took most of Friday afternoon", null);
        addIdea(owner, session, "Pairing on the billing bug worked well", "reflect");
        as(owner).body(Map.of("text", "x", "step", "substitute")).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(400).body("errors[0].message", containsString("reflect, group, vote, discuss"));
        as(owner).body(Map.of("currentStep", "discuss")).when().patch(SESSIONS + "/" + session)
                .then().statusCode(200).body("currentStep", equalTo("discuss"));
        as(owner).queryParam("step", "reflect").when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(200)
                .body("items", hasSize(2));
        as(owner).queryParam("format", "markdown").when().get(SESSIONS + "/" + session + "/export").then().statusCode(200)
                .body(containsString("retrospective"), containsString("Reflect"), containsString("Discuss"),
                        containsString("Deploys took most of Friday afternoon"));
        as(owner).when().get("/api/brainstorm/sessions?limit=1").then().statusCode(200)
                .body("items[0].framework", equalTo("retrospective"));
    }

    @Test
    void suggestionsFitThePhaseOrSayWhyThereAreNone() {
        String session = createSession(owner, "retrospective");
        addIdea(owner, session, "Deploys took most of Friday afternoon", "reflect");
        as(owner).body(Map.of("step", "reflect", "count", 3)).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(200).body("suggestions", hasSize(3)).body("suggestions.step", everyItem(equalTo("reflect")))
                .body("noSuggestionsReason", nullValue());
        as(owner).body(Map.of("step", "discuss", "count", 3)).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(200).body("suggestions", not(empty())).body("suggestions.step", everyItem(equalTo("discuss")));
        for (String phase : new String[] {"group", "vote"}) {
            as(owner).body(Map.of("step", phase)).when().post(SESSIONS + "/" + session + "/suggestions")
                    .then().statusCode(200).body("suggestions", empty()).body("engine", equalTo("local"))
                    .body("cached", equalTo(false))
                    .body("noSuggestionsReason", startsWith("Nothing to suggest in the " + phase + " phase"));
        }
    }
}
