package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** Session and member changes land in the owner's audit trail: actions, fields and settings, never text or member ids. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTest {

    private static final String AUDIT = "/api/brainstorm/audit";

    private final UUID owner = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();

    private JsonPath page(UUID user, int limit, String cursor) {
        var request = as(user).queryParam("limit", limit);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.when().get(AUDIT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everySessionAndMemberChangeIsInTheOwnersTrailNewestFirst() {
        String session = createSession(owner, "scamper");
        String path = SESSIONS + "/" + session;
        as(owner).body(Map.of("title", "Secret acquisition plans", "settings",
                Map.of("votesPerParticipant", 7, "keepIdeasOfFormerMembers", true))).when().patch(path).then().statusCode(200)
                .body("settings.keepIdeasOfFormerMembers", equalTo(true));
        as(owner).body(Map.of("status", "closed", "currentStep", "combine")).when().patch(path).then().statusCode(200);
        invite(owner, session, member, "editor");
        as(owner).body(Map.of("role", "viewer")).when().put(path + "/collaborators/" + member).then().statusCode(200);
        as(member).when().get(AUDIT).then().statusCode(200).body("items.size()", equalTo(0));
        as(owner).when().delete(path + "/collaborators/" + member).then().statusCode(204);
        as(owner).when().delete(path).then().statusCode(204);

        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(owner, 3, cursor);
            entries.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertEquals(List.of("session.deleted", "collaborator.removed", "collaborator.role_changed", "collaborator.invited",
                "session.status_changed", "session.settings_changed", "session.created"),
                entries.stream().map(e -> e.get("action")).toList(), "newest first, across pages");
        entries.forEach(e -> assertEquals("user:" + owner, e.get("actor")));
        assertEquals(Map.of("fields", List.of("title", "votesPerParticipant", "keepIdeasOfFormerMembers"), "votesPerParticipant", 7,
                "keepIdeasOfFormerMembers", true), entries.get(5).get("changes"));
        assertEquals(Map.of("fields", List.of("status"), "from", "active", "to", "closed"), entries.get(4).get("changes"));
        assertEquals(Map.of("sessionId", session, "fields", List.of("role"), "from", "editor", "role", "viewer"),
                entries.get(2).get("changes"));
        assertEquals(session, entries.get(0).get("targetId"));
        assertEquals("collaborator", entries.get(3).get("targetType"));
        String all = entries.toString();
        assertFalse(all.contains(member.toString()), "no member's user id: " + all);
        assertFalse(all.contains("Secret") || all.contains("emergency"), "no title or topic: " + all);

        as(member).when().get(AUDIT).then().statusCode(200).body("items.size()", equalTo(0), "nextCursor", nullValue());
    }
}
