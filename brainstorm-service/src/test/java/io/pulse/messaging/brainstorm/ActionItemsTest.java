package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.brainstorm.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Ideas made action items with an owner (a member) and a due date: created, listed (keyset, by owner, status,
 * overdue), updated, deleted; live over SSE; in the export; viewers 403, strangers 404, bad input 400.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ActionItemsTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestClock clock;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();
    private String session;
    private String kiosks;
    private String triage;

    @BeforeEach
    void setUp() {
        session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        kiosks = addIdea(owner, session, "Self check-in kiosks at the entrance", null);
        triage = addIdea(editor, session, "A triage nurse at the door", null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String path(String rest) {
        return SESSIONS + "/" + session + rest;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private JsonPath create(UUID who, String idea, UUID itemOwner, LocalDate due, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerId", itemOwner);
        body.put("dueDate", due.toString());
        if (note != null) {
            body.put("note", note);
        }
        return as(who).body(body).when().post(path("/ideas/" + idea + "/action-item")).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void anIdeaBecomesAnActionItemThatIsListedUpdatedAndDeleted() {
        JsonPath item = create(editor, kiosks, viewer, today().plusDays(7), "Ask facilities for two kiosks");
        assertEquals(kiosks, item.getString("ideaId"));
        assertEquals("Self check-in kiosks at the entrance", item.getString("ideaText"));
        assertEquals(viewer.toString(), item.getString("ownerId"));
        assertEquals("open", item.getString("status"));
        assertEquals(editor.toString(), item.getString("createdBy"));
        String id = item.getString("id");
        create(owner, triage, owner, today(), null);

        as(viewer).when().get(path("/action-items")).then().statusCode(200)
                .body("items.ideaId", equalTo(List.of(triage, kiosks)), "nextCursor", nullValue());
        as(viewer).queryParam("ownerId", viewer.toString()).when().get(path("/action-items")).then().body("items.id", equalTo(List.of(id)));
        as(viewer).when().get(path("/action-items/" + id)).then().statusCode(200).body("note", equalTo("Ask facilities for two kiosks"));

        as(editor).body(Map.of("status", "done", "ownerId", editor.toString())).when().patch(path("/action-items/" + id)).then()
                .statusCode(200).body("status", equalTo("done"), "ownerId", equalTo(editor.toString()), "doneAt", org.hamcrest.Matchers.notNullValue());
        as(owner).queryParam("status", "open").when().get(path("/action-items")).then().body("items.ideaId", equalTo(List.of(triage)));
        as(owner).queryParam("status", "done").when().get(path("/action-items")).then().body("items.id", equalTo(List.of(id)));
        as(owner).body(Map.of("status", "open", "dueDate", today().plusDays(30).toString(), "note", "")).when()
                .patch(path("/action-items/" + id)).then().statusCode(200)
                .body("status", equalTo("open"), "doneAt", nullValue(), "note", nullValue(), "dueDate", equalTo(today().plusDays(30).toString()));

        as(editor).when().delete(path("/action-items/" + id)).then().statusCode(204);
        as(owner).when().get(path("/action-items/" + id)).then().statusCode(404);
        as(owner).when().get(path("/ideas/" + kiosks)).then().statusCode(200); // the idea stays
        create(owner, kiosks, editor, today(), null); // and may become an action item again
    }

    @Test
    void overdueItemsAndKeysetPages() {
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String idea = addIdea(owner, session, "Follow-up number " + i, null);
            ideas.add(idea);
            create(owner, idea, editor, today().plusDays(i), null);
        }
        clock.advance(Duration.ofDays(3));
        as(owner).queryParam("overdue", true).when().get(path("/action-items")).then().statusCode(200)
                .body("items.ideaId", equalTo(ideas.subList(0, 3)), "items.overdue", equalTo(List.of(true, true, true)));
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(owner).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path("/action-items")).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.ideaId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(ideas, seen, "every item once, by due date");
        as(owner).queryParam("cursor", "bm90IGEgY3Vyc29y").when().get(path("/action-items")).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void badInputIs400ViewersGet403StrangersGet404AndNothingChanges() {
        UUID stranger = UUID.randomUUID();
        Map<String, Object> good = Map.of("ownerId", editor.toString(), "dueDate", today().plusDays(1).toString());
        as(owner).body(Map.of("ownerId", stranger.toString(), "dueDate", today().toString())).when()
                .post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerId"));
        as(owner).body(Map.of("ownerId", editor.toString(), "dueDate", today().minusDays(1).toString())).when()
                .post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        as(owner).body(Map.of("ownerId", editor.toString(), "dueDate", "next week")).when()
                .post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(400);
        as(owner).body(Map.of("dueDate", today().toString())).when().post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(400);
        as(owner).body(good).when().post(path("/ideas/" + UUID.randomUUID() + "/action-item")).then().statusCode(404);
        as(viewer).body(good).when().post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(403);
        as(stranger).body(good).when().post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(404);
        as(owner).when().get(path("/action-items")).then().body("items", hasSize(0));

        String id = create(owner, kiosks, editor, today().plusDays(1), null).getString("id");
        as(editor).body(good).when().post(path("/ideas/" + kiosks + "/action-item")).then().statusCode(409);
        as(viewer).body(Map.of("status", "done")).when().patch(path("/action-items/" + id)).then().statusCode(403);
        as(viewer).when().delete(path("/action-items/" + id)).then().statusCode(403);
        as(owner).body(Map.of("status", "finished")).when().patch(path("/action-items/" + id)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(owner).body(Map.of("ownerId", stranger.toString())).when().patch(path("/action-items/" + id)).then().statusCode(400);
        as(owner).body(Map.of("dueDate", today().minusDays(2).toString())).when().patch(path("/action-items/" + id)).then().statusCode(400);
        as(owner).queryParam("status", "closed").when().get(path("/action-items")).then().statusCode(400);
        for (String rest : new String[] {"/action-items", "/action-items/" + id}) {
            as(stranger).when().get(path(rest)).then().statusCode(404);
        }
        as(stranger).body(Map.of("status", "done")).when().patch(path("/action-items/" + id)).then().statusCode(404);
        as(stranger).when().delete(path("/action-items/" + id)).then().statusCode(404);
        as(owner).when().get(path("/action-items/" + UUID.randomUUID())).then().statusCode(404);
        as(viewer).when().get(path("/action-items/" + id)).then().statusCode(200)
                .body("status", equalTo("open"), "ownerId", equalTo(editor.toString()), "dueDate", equalTo(today().plusDays(1).toString()));
    }

    @Test
    void anotherSessionsItemIsNotFoundThroughThisOne() {
        String other = createSession(owner, "free_form");
        String idea = addIdea(owner, other, "Elsewhere", null);
        String id = as(owner).body(Map.of("ownerId", owner.toString(), "dueDate", today().toString()))
                .when().post(SESSIONS + "/" + other + "/ideas/" + idea + "/action-item").then().statusCode(201).extract().path("id");
        as(owner).when().get(path("/action-items/" + id)).then().statusCode(404);
        as(owner).when().get(path("/action-items")).then().body("items", hasSize(0));
        UUID stranger = UUID.randomUUID();
        String theirs = createSession(stranger, "free_form");
        as(stranger).when().get(SESSIONS + "/" + theirs + "/action-items").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void changesGoOutLiveAndTheExportListsTheItems() throws Exception {
        String id;
        try (SseSubscriber watcher = new SseSubscriber(base, viewer, session)) {
            watcher.next("ready");
            id = create(editor, kiosks, owner, today().plusDays(2), "Budget first").getString("id");
            JsonObject added = watcher.next("action_item_added");
            assertEquals(id, added.getString("actionItemId"));
            assertEquals(owner.toString(), added.getString("ownerId"));
            assertEquals("Self check-in kiosks at the entrance", added.getString("ideaText"));
            assertEquals(editor.toString(), added.getString("actor"));
            as(owner).body(Map.of("status", "done")).when().patch(path("/action-items/" + id)).then().statusCode(200);
            assertEquals("done", watcher.next("action_item_updated").getString("status"));
            String other = create(owner, triage, editor, today(), null).getString("id");
            as(owner).when().delete(path("/action-items/" + other)).then().statusCode(204);
            assertEquals(other, watcher.next("action_item_deleted").getString("actionItemId"));
        }
        as(viewer).when().get(path("/export")).then().statusCode(200)
                .body("actionItems", hasSize(1), "actionItems[0].id", equalTo(id), "actionItems[0].ownerId", equalTo(owner.toString()),
                        "actionItems[0].dueDate", equalTo(today().plusDays(2).toString()), "actionItems[0].status", equalTo("done"));
        String markdown = as(viewer).queryParam("format", "markdown").when().get(path("/export")).then().statusCode(200)
                .body(containsString("## Action items")).extract().asString();
        assertNotNull(markdown);
        org.junit.jupiter.api.Assertions.assertTrue(markdown.contains("| Self check-in kiosks at the entrance (Budget first) | " + owner + " | "
                + today().plusDays(2) + " | done |"), markdown);
    }
}
