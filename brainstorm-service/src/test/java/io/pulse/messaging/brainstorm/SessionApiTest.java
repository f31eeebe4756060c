package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class SessionApiTest {

    private final UUID owner = UUID.randomUUID();

    @Test
    void eachFrameworkHasItsStepsAndFlagsEmptyOnes() {
        String scamper = createSession(owner, "scamper");
        as(owner).when().get(SESSIONS + "/" + scamper).then().statusCode(200)
                .body("framework", equalTo("scamper"))
                .body("role", equalTo("owner"))
                .body("steps.key", contains("substitute", "combine", "adapt", "modify", "put_to_another_use", "eliminate", "reverse"))
                .body("steps[0].current", equalTo(true))
                .body("emptySteps", hasSize(7))
                .body("createdAt", containsString("Z"));

        addIdea(owner, scamper, "Self check-in kiosks", "substitute");
        addIdea(owner, scamper, "Triage nurse at the door", "substitute");
        addIdea(owner, scamper, "Remove paper forms", "eliminate");
        as(owner).when().get(SESSIONS + "/" + scamper).then().statusCode(200)
                .body("steps.find { it.key == 'substitute' }.ideaCount", equalTo(2))
                .body("steps.find { it.key == 'substitute' }.empty", equalTo(false))
                .body("steps.find { it.key == 'eliminate' }.ideaCount", equalTo(1))
                .body("emptySteps", contains("combine", "adapt", "modify", "put_to_another_use", "reverse"))
                .body("ideaCount", equalTo(3));

        String hats = createSession(owner, "six_hats");
        as(owner).when().get(SESSIONS + "/" + hats).then().statusCode(200)
                .body("steps.key", contains("white", "red", "black", "yellow", "green", "blue"))
                .body("currentStep", equalTo("white"));
        String free = createSession(owner, "free_form");
        as(owner).when().get(SESSIONS + "/" + free).then().statusCode(200).body("steps", hasSize(1));
    }

    @Test
    void ideasDefaultToTheCurrentStepAndStepsMoveOn() {
        String session = createSession(owner, "six_hats", Map.of("stepTimerSeconds", 120));
        String idea = addIdea(owner, session, "Average wait is 4 hours", null);
        as(owner).when().get(SESSIONS + "/" + session + "/ideas/" + idea).then().statusCode(200).body("step", equalTo("white"));
        as(owner).body(Map.of("currentStep", "black")).when().patch(SESSIONS + "/" + session)
                .then().statusCode(200).body("currentStep", equalTo("black")).body("stepEndsAt", notNullValue());
        String second = addIdea(owner, session, "Staff may burn out", null);
        as(owner).when().get(SESSIONS + "/" + session + "/ideas/" + second).then().statusCode(200).body("step", equalTo("black"));
        as(owner).queryParam("step", "black").when().get(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].text", equalTo("Staff may burn out"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "brainwriting")).when().post(SESSIONS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("framework"));
        as(owner).body(Map.of("title", "", "topic", "y", "framework", "scamper")).when().post(SESSIONS)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        as(owner).body(Map.of("title", "x", "topic", "y", "framework", "scamper", "settings", Map.of("votesPerParticipant", -1)))
                .when().post(SESSIONS).then().statusCode(400);
        as(owner).when().get(SESSIONS).then().statusCode(200).body("items", hasSize(0));

        String session = createSession(owner, "scamper");
        as(owner).body(Map.of("currentStep", "green", "title", "Renamed")).when().patch(SESSIONS + "/" + session)
                .then().statusCode(400).body("errors[0].field", equalTo("currentStep"));
        as(owner).body(Map.of("status", "paused")).when().patch(SESSIONS + "/" + session)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(owner).when().get(SESSIONS + "/" + session).then().body("currentStep", equalTo("substitute")).body("title", equalTo("Session scamper"));

        as(owner).body(Map.of("text", "x", "step", "white")).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        as(owner).body(Map.of("text", "   ")).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(400).body("errors[0].field", containsString("text"));
        as(owner).body(Map.of("text", "a".repeat(501))).when().post(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(400).body("errors[0].field", containsString("text"));
        as(owner).when().get(SESSIONS + "/" + session).then().body("ideaCount", equalTo(0));
    }

    @Test
    void listShowsOwnAndSharedSessionsWithTheCallersRolePageByPage() {
        UUID other = UUID.randomUUID();
        String shared = createSession(other, "free_form");
        invite(other, shared, owner, "viewer");
        createSession(UUID.randomUUID(), "free_form"); // someone else's, not shared
        for (int i = 0; i < 3; i++) {
            createSession(owner, "scamper");
        }
        String cursor = as(owner).queryParam("limit", 2).when().get(SESSIONS).then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        as(owner).queryParam("limit", 2).queryParam("cursor", cursor).when().get(SESSIONS).then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", nullValue());
        as(owner).when().get(SESSIONS).then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.find { it.id == '" + shared + "' }.role", equalTo("viewer"))
                .body("items.findAll { it.role == 'owner' }", hasSize(3));
    }

    @Test
    void theOwnerDeletesASessionWithEverythingInIt() {
        String session = createSession(owner, "scamper");
        addIdea(owner, session, "Kiosks", "substitute");
        as(owner).when().delete(SESSIONS + "/" + session).then().statusCode(204);
        as(owner).when().get(SESSIONS + "/" + session).then().statusCode(404);
        as(owner).when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(404);
    }
}
