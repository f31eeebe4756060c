package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.JsonGolden;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The JSON of the hot reads and their neighbours, byte for byte (ids, instants and cursors masked): a session (with a
 * null boxed timer), the session list's first and last pages, the idea list's pages as owner (voters named) and as a
 * viewer (voters null), a vote answer, the voting results, and the problems (404 for a non-member, 403, 400 for a bad
 * field and for an unknown one). Recorded from the reflective serializers; the generated ones must write the same bytes.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class BrainstormJsonGoldenTest {

    private final UUID owner = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();

    @Test
    void sessionsAndTheirList() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Golden");
        body.put("topic", "Reduce waiting time at the hospital emergency department");
        body.put("framework", "six_hats");
        String created = as(owner).body(body).when().post(SESSIONS).then().statusCode(201).extract().asString();
        JsonGolden.assertMatches("session-created", created);
        String shared = createSession(UUID.randomUUID(), "free_form");
        invite(owner, JsonPath.from(created).getString("id"), viewer, "viewer");
        JsonGolden.assertMatches("session-get-viewer", as(viewer).when().get(SESSIONS + "/" + JsonPath.from(created).getString("id"))
                .then().statusCode(200).extract().asString());
        createSession(owner, "scamper", Map.of("stepTimerSeconds", 120, "anonymousVoting", false));
        JsonGolden.assertMatches("session-list-viewer", as(viewer).queryParam("limit", 5).when().get(SESSIONS)
                .then().statusCode(200).extract().asString());
        String first = as(owner).queryParam("limit", 1).when().get(SESSIONS).then().statusCode(200).extract().asString();
        JsonGolden.assertMatches("session-list-first", first);
        JsonGolden.assertMatches("session-list-last", as(owner).queryParam("limit", 1)
                .queryParam("cursor", JsonPath.from(first).getString("nextCursor")).when().get(SESSIONS)
                .then().statusCode(200).extract().asString());
        JsonGolden.assertMatches("problem-session-not-found", as(owner).when().get(SESSIONS + "/" + shared + "/ideas")
                .then().statusCode(404).extract().asString());
        JsonGolden.assertMatches("problem-bad-cursor", as(owner).queryParam("cursor", "not-a-cursor").when().get(SESSIONS)
                .then().statusCode(400).extract().asString());
    }

    @Test
    void ideasWithTheirVotesPageByPage() {
        String session = createSession(owner, "scamper", Map.of("votesPerParticipant", 3, "anonymousVoting", false));
        invite(owner, session, viewer, "viewer");
        String kiosks = addIdea(owner, session, "Self check-in kiosks", "substitute");
        as(owner).body(Map.of("text", "Remove paper forms", "step", "eliminate", "details", "Tablets at the desk"))
                .when().post(SESSIONS + "/" + session + "/ideas").then().statusCode(201);
        addIdea(owner, session, "Triage nurse at the door", "substitute");
        JsonGolden.assertMatches("vote-cast", as(owner).when().post(SESSIONS + "/" + session + "/ideas/" + kiosks + "/votes")
                .then().statusCode(201).extract().asString());

        String first = as(owner).queryParam("limit", 2).when().get(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(200).extract().asString();
        JsonGolden.assertMatches("ideas-owner-first", first);
        JsonGolden.assertMatches("ideas-owner-last", as(owner).queryParam("limit", 2)
                .queryParam("cursor", JsonPath.from(first).getString("nextCursor"))
                .when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(200).extract().asString());
        JsonGolden.assertMatches("ideas-viewer-step", as(viewer).queryParam("step", "substitute")
                .when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(200).extract().asString());
        JsonGolden.assertMatches("voting-results", as(viewer).when().get(SESSIONS + "/" + session + "/votes")
                .then().statusCode(200).extract().asString());
        JsonGolden.assertMatches("vote-withdrawn", as(owner).when().delete(SESSIONS + "/" + session + "/ideas/" + kiosks + "/votes")
                .then().statusCode(200).extract().asString());

        JsonGolden.assertMatches("problem-viewer-forbidden", as(viewer).body(Map.of("text", "x"))
                .when().post(SESSIONS + "/" + session + "/ideas").then().statusCode(403).extract().asString());
        JsonGolden.assertMatches("problem-bad-step", as(viewer).queryParam("step", "white")
                .when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(400).extract().asString());
        JsonGolden.assertMatches("problem-unknown-field", as(owner).body(Map.of("text", "x", "colour", "blue"))
                .when().post(SESSIONS + "/" + session + "/ideas").then().statusCode(400)
                .contentType("application/problem+json").extract().asString());
        JsonGolden.assertMatches("problem-non-member", as(UUID.randomUUID()).when().get(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(404).contentType("application/problem+json").extract().asString());
    }
}
