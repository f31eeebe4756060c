package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.SseSubscriber;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Clusters edited by hand: renamed, ideas moved, the clustering locked so that a re-clustering keeps every manual
 * choice; edits on a stale version are 409 with the clustering now; viewers 403, strangers 404; all live over SSE.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ClusterEditingTest {

    @TestHTTPResource("/")
    URI base;

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();
    private String session;
    private String fruit1;
    private String fruit2;
    private String fruit3;
    private String solar1;
    private String solar2;

    @BeforeEach
    void setUp() {
        session = createSession(owner, "free_form");
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        fruit1 = addIdea(owner, session, "Free fruit in the kitchen every Monday", null);
        fruit2 = addIdea(editor, session, "Healthy snacks and fresh fruit for the staff", null);
        fruit3 = addIdea(editor, session, "A fruit basket on every floor of the office", null);
        solar1 = addIdea(owner, session, "Solar panels on the office roof", null);
        solar2 = addIdea(editor, session, "Install photovoltaic panels on top of the building", null);
        addIdea(owner, session, "Rename the quarterly report to something shorter", null);
    }

    private String path(String rest) {
        return SESSIONS + "/" + session + rest;
    }

    private JsonPath cluster(UUID who) {
        return as(who).when().post(path("/clusters")).then().statusCode(200).extract().jsonPath();
    }

    /** The id of the cluster holding the idea, or null when it is in none. */
    private static String clusterOf(JsonPath view, String idea) {
        List<Map<String, Object>> clusters = view.getList("clusters");
        return clusters.stream().filter(c -> ((List<?>) c.get("ideaIds")).contains(idea)).map(c -> (String) c.get("id")).findFirst().orElse(null);
    }

    private static Map<String, Object> clusterById(JsonPath view, String id) {
        List<Map<String, Object>> clusters = view.getList("clusters");
        return clusters.stream().filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }

    private JsonPath rename(UUID who, String clusterId, String label, long version) {
        return as(who).body(Map.of("label", label, "version", version)).when().patch(path("/clusters/" + clusterId))
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath move(UUID who, String idea, String clusterId, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterId", clusterId);
        body.put("version", version);
        return as(who).body(body).when().put(path("/ideas/" + idea + "/cluster")).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath lock(UUID who, boolean locked, long version) {
        return as(who).body(Map.of("locked", locked, "version", version)).when().patch(path("/clusters"))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLockedClusteringKeepsEveryManualChoiceAndPlacesOnlyNewIdeas() {
        JsonPath first = cluster(owner);
        assertEquals(1L, first.getLong("version"));
        String fruits = clusterOf(first, fruit1);
        String solar = clusterOf(first, solar1);
        assertTrue(fruits != null && solar != null && !fruits.equals(solar), "the engine found both groups: " + first.prettify());

        JsonPath renamed = rename(editor, fruits, "Snacks at work", 1);
        assertEquals("Snacks at work", clusterById(renamed, fruits).get("label"));
        assertEquals("manual", clusterById(renamed, fruits).get("labelEngine"));
        assertEquals(2L, renamed.getLong("version"));
        JsonPath moved = move(editor, fruit3, solar, 2);
        assertEquals(solar, clusterOf(moved, fruit3));
        JsonPath out = move(owner, solar2, null, 3);
        assertTrue(out.getList("unclustered", String.class).contains(solar2));
        assertEquals(null, clusterOf(out, solar2));
        JsonPath locked = lock(editor, true, 4);
        assertTrue(locked.getBoolean("locked"));
        assertEquals(5L, locked.getLong("version"));
        as(viewer).when().get(path("/clusters")).then().statusCode(200).body("version", equalTo(5)).body("locked", equalTo(true));

        String apples = addIdea(editor, session, "Fresh fruit like apples and bananas in the kitchen for the staff", null);
        JsonPath again = cluster(owner);
        assertEquals(6L, again.getLong("version"));
        assertTrue(again.getBoolean("locked"));
        assertEquals("Snacks at work", clusterById(again, fruits).get("label"), "the label a member wrote stays");
        assertEquals(solar, clusterOf(again, fruit3), "a moved idea stays where it was put");
        assertEquals(null, clusterOf(again, solar2), "an idea moved out stays out");
        assertEquals(fruits, clusterOf(again, apples), "a new idea goes to the nearest existing cluster");
        assertEquals(2, again.getList("manualPlacements").size());

        JsonPath unlocked = lock(owner, false, 6);
        JsonPath free = cluster(owner);
        assertFalse(free.getBoolean("locked"));
        assertEquals(List.of(), free.getList("manualPlacements"), "unlocked, the engine places every idea again");
        assertEquals(unlocked.getLong("version") + 1, free.getLong("version"));
        String fruitsNow = clusterOf(free, fruit1);
        assertEquals(fruits, fruitsNow, "the fruit cluster persists, with its id");
        assertEquals("Snacks at work", clusterById(free, fruitsNow).get("label"), "and the label a member wrote");
    }

    @Test
    void anEditOnAStaleVersionIs409WithTheClusteringNowAndChangesNothing() {
        JsonPath first = cluster(owner);
        String fruits = clusterOf(first, fruit1);
        rename(owner, fruits, "Fruit", 1);
        JsonPath conflict = as(editor).body(Map.of("clusterId", fruits, "version", 1)).when().put(path("/ideas/" + solar1 + "/cluster"))
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409))
                .extract().jsonPath();
        assertEquals(2, conflict.getInt("current.version"));
        assertEquals("Fruit", clusterById(new JsonPath(new JsonObject(conflict.getMap("current")).encode()), fruits).get("label"));
        JsonPath now = as(owner).when().get(path("/clusters")).then().statusCode(200).extract().jsonPath();
        assertEquals(2L, now.getLong("version"));
        assertEquals(clusterOf(first, solar1), clusterOf(now, solar1), "the stale move changed nothing");
    }

    @Test
    void concurrentEditsOnTheSameVersionLeaveOneWinnerAndNoLostEdit() throws Exception {
        JsonPath first = cluster(owner);
        String fruits = clusterOf(first, fruit1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String label = "Label " + i;
                UUID who = i % 2 == 0 ? owner : editor;
                edits.add(() -> as(who).body(Map.of("label", label, "version", 1)).when().patch(path("/clusters/" + fruits))
                        .then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(edits)) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one edit wins: " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "the others hear of it: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        as(owner).when().get(path("/clusters")).then().body("version", equalTo(2));
    }

    @Test
    void viewersMayNotEditStrangersFindNothingAndBadEditsAre4xx() {
        as(owner).body(Map.of("locked", true, "version", 1)).when().patch(path("/clusters")).then().statusCode(404)
                .contentType("application/problem+json"); // never clustered
        JsonPath first = cluster(owner);
        String fruits = clusterOf(first, fruit1);
        as(viewer).body(Map.of("label", "Mine", "version", 1)).when().patch(path("/clusters/" + fruits)).then().statusCode(403);
        as(viewer).body(Map.of("clusterId", fruits, "version", 1)).when().put(path("/ideas/" + solar1 + "/cluster")).then().statusCode(403);
        as(viewer).body(Map.of("locked", true, "version", 1)).when().patch(path("/clusters")).then().statusCode(403);
        UUID stranger = UUID.randomUUID();
        as(stranger).body(Map.of("label", "Mine", "version", 1)).when().patch(path("/clusters/" + fruits)).then().statusCode(404);
        as(stranger).body(Map.of("locked", true, "version", 1)).when().patch(path("/clusters")).then().statusCode(404);
        as(owner).body(Map.of("label", "Mine", "version", 1)).when().patch(path("/clusters/" + UUID.randomUUID())).then().statusCode(404);
        as(owner).body(Map.of("clusterId", fruits, "version", 1)).when().put(path("/ideas/" + UUID.randomUUID() + "/cluster"))
                .then().statusCode(404);
        as(owner).body(Map.of("clusterId", UUID.randomUUID(), "version", 1)).when().put(path("/ideas/" + solar1 + "/cluster"))
                .then().statusCode(400).body("errors[0].field", equalTo("clusterId"));
        as(owner).body(Map.of("label", "  ", "version", 1)).when().patch(path("/clusters/" + fruits)).then().statusCode(400);
        as(owner).body(Map.of("label", "No version")).when().patch(path("/clusters/" + fruits)).then().statusCode(400);
        as(owner).body(Map.of("locked", true, "version", 0)).when().patch(path("/clusters")).then().statusCode(400);
        as(owner).when().get(path("/clusters")).then().statusCode(200).body("version", equalTo(1)).body("locked", equalTo(false));
    }

    @Test
    void everyEditGoesOutLive() throws Exception {
        JsonPath first = cluster(owner);
        String fruits = clusterOf(first, fruit1);
        String solar = clusterOf(first, solar1);
        try (SseSubscriber watcher = new SseSubscriber(base, viewer, session)) {
            watcher.next("ready");
            rename(editor, fruits, "Snacks", 1);
            JsonObject renamed = watcher.next("cluster_renamed");
            assertEquals(fruits, renamed.getString("clusterId"));
            assertEquals("Snacks", renamed.getString("label"));
            assertEquals(editor.toString(), renamed.getString("actor"));
            move(owner, fruit2, solar, 2);
            JsonObject moved = watcher.next("idea_moved");
            assertEquals(fruit2, moved.getString("ideaId"));
            assertEquals(solar, moved.getString("clusterId"));
            lock(owner, true, 3);
            JsonObject locked = watcher.next("clustering_locked");
            assertTrue(locked.getBoolean("locked"));
            assertEquals(4L, locked.getLong("version"));
        }
    }
}
