package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The session list and the idea list page by page: owned and shared sessions interleaved newest first across pages
 * with the caller's role in each, and a step's ideas continued after a cursor.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class HotListPagesTest {

    private final UUID me = UUID.randomUUID();

    @Test
    void ownedAndSharedSessionsInterleaveNewestFirstAcrossPages() {
        UUID other = UUID.randomUUID();
        List<String> expected = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(0, createSession(me, "scamper"));
            roles.add(0, "owner");
            String shared = createSession(other, "free_form");
            invite(other, shared, me, i % 2 == 0 ? "editor" : "viewer");
            expected.add(0, shared);
            roles.add(0, i % 2 == 0 ? "editor" : "viewer");
        }
        createSession(other, "free_form"); // not shared with me

        List<String> seen = new ArrayList<>();
        List<String> seenRoles = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(me).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(SESSIONS).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            seenRoles.addAll(page.getList("items.role", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(expected, seen);
        assertEquals(roles, seenRoles);
    }

    @Test
    void aStepsIdeasContinueAfterTheCursor() {
        String session = createSession(me, "scamper");
        String first = addIdea(me, session, "Kiosks", "substitute");
        addIdea(me, session, "Paperless", "eliminate");
        String second = addIdea(me, session, "Triage nurse", "substitute");
        String third = addIdea(me, session, "Volunteers", "substitute");

        JsonPath page = as(me).queryParam("step", "substitute").queryParam("limit", 2).when().get(SESSIONS + "/" + session + "/ideas")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, second), page.getList("items.id", String.class));
        JsonPath next = as(me).queryParam("step", "substitute").queryParam("limit", 2).queryParam("cursor", page.getString("nextCursor"))
                .when().get(SESSIONS + "/" + session + "/ideas").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(third), next.getList("items.id", String.class));
        assertEquals(null, next.getString("nextCursor"));
    }
}
