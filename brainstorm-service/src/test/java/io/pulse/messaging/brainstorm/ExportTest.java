package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ExportTest {

    private final UUID owner = UUID.randomUUID();

    @Test
    void jsonExportHasIdeasByStepAndByClusterVotesAndContributors() {
        String session = createSession(owner, "scamper");
        String kiosk = addIdea(owner, session, "Self check-in kiosks at the entrance", "substitute");
        addIdea(owner, session, "Remove paper forms", "eliminate");
        as(owner).when().post(SESSIONS + "/" + session + "/ideas/" + kiosk + "/votes").then().statusCode(201);
        as(owner).queryParam("format", "json").when().get(SESSIONS + "/" + session + "/export").then().statusCode(200)
                .contentType("application/json")
                .body("session.title", equalTo("Session scamper"))
                .body("steps", hasSize(7))
                .body("steps[0].ideas[0].text", equalTo("Self check-in kiosks at the entrance"))
                .body("steps[0].ideas[0].votes", equalTo(1))
                .body("steps[1].ideas", hasSize(0))
                .body("clusters", nullValue())
                .body("votes.items[0].ideaId", equalTo(kiosk))
                .body("contributors[0].userId", equalTo(owner.toString()))
                .body("contributors[0].ideas", equalTo(2));
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        JsonPath export = as(owner).when().get(SESSIONS + "/" + session + "/export").then().statusCode(200)
                .body("clusters.current", equalTo(true)).extract().jsonPath();
        int placed = export.getList("clusters.unclustered").size();
        for (Object cluster : export.getList("clusters.clusters.ideas")) {
            placed += ((java.util.List<?>) cluster).size();
        }
        assertEquals(2, placed, "every idea is in a cluster or unclustered");
        addIdea(owner, session, "Triage nurse at the door", "adapt");
        as(owner).when().get(SESSIONS + "/" + session + "/export").then().body("clusters.current", equalTo(false));
    }

    @Test
    void markdownExportReadsAsADocument() {
        String session = createSession(owner, "six_hats");
        addIdea(owner, session, "Average wait is 4 hours", "white");
        as(owner).queryParam("format", "markdown").when().get(SESSIONS + "/" + session + "/export").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString("# Session six_hats"))
                .body(containsString("### 1. White hat: facts"))
                .body(containsString("- Average wait is 4 hours (0 votes; by " + owner + ")"))
                .body(containsString("### 2. Red hat: feelings\n\n_What do people feel about it"))
                .body(containsString("- (no ideas yet)"))
                .body(containsString("Not clustered yet."))
                .body(containsString("| 1 | Average wait is 4 hours | white | 0 |"))
                .body(containsString("## Contributors"));
        as(owner).queryParam("format", "pdf").when().get(SESSIONS + "/" + session + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
