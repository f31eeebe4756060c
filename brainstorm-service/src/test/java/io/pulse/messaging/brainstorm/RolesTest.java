package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation as owner, editor, viewer and stranger. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RolesTest {

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private String session;
    private String ownersIdea;
    private String editorsIdea;

    @BeforeEach
    void setUp() {
        session = createSession(owner, "scamper");
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        ownersIdea = addIdea(owner, session, "Self check-in kiosks", "substitute");
        editorsIdea = addIdea(editor, session, "Combine triage and registration", "combine");
    }

    private String path(String rest) {
        return SESSIONS + "/" + session + rest;
    }

    @Test
    void readingIsForMembersOnly() {
        for (UUID member : new UUID[] {owner, editor, viewer}) {
            as(member).when().get(path("")).then().statusCode(200);
            as(member).when().get(path("/ideas")).then().statusCode(200).body("items", hasSize(2));
            as(member).when().get(path("/ideas/" + ownersIdea)).then().statusCode(200);
            as(member).when().get(path("/collaborators")).then().statusCode(200).body("role", contains("owner", "editor", "viewer"));
            as(member).when().get(path("/votes")).then().statusCode(200);
            as(member).queryParam("format", "markdown").when().get(path("/export")).then().statusCode(200);
        }
        as(viewer).when().get(path("")).then().body("role", equalTo("viewer"));
        as(editor).when().get(path("")).then().body("role", equalTo("editor"));
        for (String rest : new String[] {"", "/ideas", "/ideas/" + ownersIdea, "/collaborators", "/votes", "/export", "/clusters"}) {
            as(stranger).when().get(path(rest)).then().statusCode(404).contentType("application/problem+json");
        }
        as(stranger).when().get(SESSIONS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void strangersGet404ForEveryWrite() {
        as(stranger).body(Map.of("text", "sneaky")).when().post(path("/ideas")).then().statusCode(404);
        as(stranger).body(Map.of("text", "sneaky")).when().patch(path("/ideas/" + ownersIdea)).then().statusCode(404);
        as(stranger).when().delete(path("/ideas/" + ownersIdea)).then().statusCode(404);
        as(stranger).when().post(path("/ideas/" + ownersIdea + "/votes")).then().statusCode(404);
        as(stranger).body(Map.of("title", "mine")).when().patch(path("")).then().statusCode(404);
        as(stranger).when().delete(path("")).then().statusCode(404);
        as(stranger).body(Map.of("role", "editor")).when().put(path("/collaborators/" + stranger)).then().statusCode(404);
        as(stranger).body(Map.of("count", 2)).when().post(path("/suggestions")).then().statusCode(404);
        as(stranger).when().post(path("/clusters")).then().statusCode(404);
        as(stranger).when().get(path("/events")).then().statusCode(404);
        as(owner).when().get(path("/ideas")).then().body("items", hasSize(2));
    }

    @Test
    void viewersReadButCannotWrite() {
        as(viewer).body(Map.of("text", "A viewer's idea")).when().post(path("/ideas")).then().statusCode(403)
                .contentType("application/problem+json");
        as(viewer).body(Map.of("text", "edited")).when().patch(path("/ideas/" + ownersIdea)).then().statusCode(403);
        as(viewer).when().delete(path("/ideas/" + ownersIdea)).then().statusCode(403);
        as(viewer).when().post(path("/ideas/" + ownersIdea + "/votes")).then().statusCode(403);
        as(viewer).body(Map.of("count", 2)).when().post(path("/suggestions")).then().statusCode(403);
        as(viewer).when().post(path("/clusters")).then().statusCode(403);
        as(viewer).body(Map.of("currentStep", "combine")).when().patch(path("")).then().statusCode(403);
        as(viewer).when().delete(path("")).then().statusCode(403);
        as(viewer).body(Map.of("role", "editor")).when().put(path("/collaborators/" + viewer)).then().statusCode(403);
        as(owner).when().get(path("")).then().body("ideaCount", equalTo(2)).body("currentStep", equalTo("substitute"));
    }

    @Test
    void editorsAddEditAndDeleteTheirOwnIdeasAndVote() {
        String mine = addIdea(editor, session, "Online queue numbers", "adapt");
        as(editor).body(Map.of("text", "Online queue numbers by SMS")).when().patch(path("/ideas/" + mine))
                .then().statusCode(200).body("text", equalTo("Online queue numbers by SMS"));
        as(editor).body(Map.of("text", "hijacked")).when().patch(path("/ideas/" + ownersIdea)).then().statusCode(403);
        as(editor).when().delete(path("/ideas/" + ownersIdea)).then().statusCode(403);
        as(editor).when().post(path("/ideas/" + ownersIdea + "/votes")).then().statusCode(201);
        as(editor).body(Map.of("count", 2)).when().post(path("/suggestions")).then().statusCode(200);
        as(editor).when().delete(path("/ideas/" + mine)).then().statusCode(204);
        // Session settings and members are the owner's.
        as(editor).body(Map.of("currentStep", "combine")).when().patch(path("")).then().statusCode(403);
        as(editor).when().delete(path("")).then().statusCode(403);
        as(editor).body(Map.of("role", "editor")).when().put(path("/collaborators/" + UUID.randomUUID())).then().statusCode(403);
        as(editor).when().delete(path("/collaborators/" + viewer)).then().statusCode(403);
        as(owner).when().get(path("/ideas/" + ownersIdea)).then().body("text", equalTo("Self check-in kiosks"));
    }

    @Test
    void theOwnerDoesEverything() {
        as(owner).body(Map.of("text", "Owner's edit of the editor's idea")).when().patch(path("/ideas/" + editorsIdea)).then().statusCode(200);
        as(owner).when().post(path("/ideas/" + editorsIdea + "/votes")).then().statusCode(201);
        as(owner).body(Map.of("currentStep", "reverse", "status", "active")).when().patch(path("")).then().statusCode(200);
        as(owner).body(Map.of("role", "editor")).when().put(path("/collaborators/" + viewer))
                .then().statusCode(200).body("role", equalTo("editor"));
        as(viewer).body(Map.of("text", "Now I can write")).when().post(path("/ideas")).then().statusCode(201);
        as(owner).when().delete(path("/collaborators/" + editor)).then().statusCode(204);
        as(editor).when().get(path("")).then().statusCode(404);
        as(owner).when().get(path("/collaborators")).then().body("userId", containsInAnyOrder(owner.toString(), viewer.toString()));
        as(owner).when().delete(path("/ideas/" + editorsIdea)).then().statusCode(204);
        as(owner).when().delete(path("")).then().statusCode(204);
        as(viewer).when().get(path("")).then().statusCode(404);
    }

    @Test
    void invitationsAreCheckedAndChangeNothingWhenWrong() {
        as(owner).body(Map.of("role", "editor")).when().put(path("/collaborators/" + owner))
                .then().statusCode(400).body("errors[0].field", equalTo("userId"));
        as(owner).body(Map.of("role", "owner")).when().put(path("/collaborators/" + stranger))
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(owner).body(Map.of()).when().put(path("/collaborators/" + stranger)).then().statusCode(400);
        as(owner).when().delete(path("/collaborators/" + stranger)).then().statusCode(404);
        as(owner).when().get(path("/collaborators")).then().body("userId", hasSize(3));
        as(stranger).when().get(path("")).then().statusCode(404);
    }
}
