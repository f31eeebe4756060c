package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.service.ScheduledCleanup;
import io.pulse.messaging.brainstorm.support.Firings;
import io.pulse.messaging.brainstorm.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AssistApiTest {

    @Inject
    TestClock clock;

    @Inject
    ScheduledCleanup cleanup;

    private final UUID owner = UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonPath suggest(String session, String step, int count) {
        return as(owner).body(Map.of("step", step, "count", count)).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(200).body("engine", equalTo("local")).extract().jsonPath();
    }

    @Test
    void suggestionsFollowTheStepAndAvoidExistingIdeas() {
        String session = createSession(owner, "scamper");
        JsonPath first = suggest(session, "eliminate", 4);
        List<String> texts = first.getList("suggestions.text", String.class);
        assertEquals(4, texts.size());
        assertTrue(first.getList("suggestions.step", String.class).stream().allMatch("eliminate"::equals));
        assertTrue(texts.stream().anyMatch(t -> t.toLowerCase().contains("waiting time") || t.toLowerCase().contains("emergency department")), texts.toString());
        // Add the suggestions as ideas: the next suggestions are all new.
        texts.forEach(text -> addIdea(owner, session, text, "eliminate"));
        List<String> next = suggest(session, "eliminate", 4).getList("suggestions.text", String.class);
        assertFalse(next.isEmpty());
        Set<String> overlap = new HashSet<>(next);
        overlap.retainAll(texts);
        assertTrue(overlap.isEmpty(), "repeated " + overlap);
    }

    @Test
    void answersAreCachedUntilIdeasChangeOrADayPasses() {
        String session = createSession(owner, "six_hats");
        addIdea(owner, session, "Average wait is four hours", "white");
        JsonPath miss = suggest(session, "black", 3);
        assertFalse(miss.getBoolean("cached"));
        JsonPath hit = suggest(session, "black", 3);
        assertTrue(hit.getBoolean("cached"));
        assertEquals(miss.getList("suggestions.text"), hit.getList("suggestions.text"));
        assertFalse(suggest(session, "black", 2).getBoolean("cached"), "the count is part of the key");
        assertFalse(suggest(session, "green", 3).getBoolean("cached"), "the step is part of the key");

        addIdea(owner, session, "Patients leave before being seen", "black");
        assertFalse(suggest(session, "black", 3).getBoolean("cached"), "a new idea changes the key");
        assertTrue(suggest(session, "black", 3).getBoolean("cached"));

        clock.advance(Duration.ofHours(23));
        assertTrue(suggest(session, "black", 3).getBoolean("cached"));
        clock.advance(Duration.ofHours(2));
        assertFalse(suggest(session, "black", 3).getBoolean("cached"), "expired after 24 hours");
        assertTrue(suggest(session, "black", 3).getBoolean("cached"));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("brainstorm_ai_cache_total{result=\"hit\""))
                .body(containsString("brainstorm_ai_cache_total{result=\"miss\""));
    }

    @Test
    void theDailyCleanupRemovesExpiredAnswers() throws Throwable {
        String session = createSession(owner, "free_form");
        clock.advance(Duration.ofHours(-30)); // answered 30 hours ago: expired 6 hours ago
        suggest(session, "ideas", 2);
        clock.reset();
        suggest(session, "ideas", 3); // fresh
        VertxContextSupport.subscribeAndAwait(() -> cleanup.cleanup(Firings.next()));
        try (Connection db = TestDatabase.asOwner()) {
            assertEquals(List.of(3), TestDatabase.column(db,
                    "select count from brainstorm.brainstorm_ai_cache where session_id = ?::uuid", session));
        }
    }

    @Test
    void badSuggestionRequestsAreProblems() {
        String session = createSession(owner, "scamper");
        as(owner).body(Map.of("step", "white")).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        as(owner).body(Map.of("count", 0)).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(400).body("errors[0].field", containsString("count"));
        as(owner).body(Map.of()).when().post(SESSIONS + "/" + session + "/suggestions")
                .then().statusCode(200).body("step", equalTo("substitute")).body("suggestions", hasSize(5));
    }

    @Test
    void clusteringGroupsIdeasStoresTheResultAndProposesMerges() {
        UUID editor = UUID.randomUUID();
        String session = createSession(owner, "free_form");
        io.pulse.messaging.brainstorm.support.Brainstorm.invite(owner, session, editor, "editor");
        String fruit1 = addIdea(owner, session, "Free fruit in the kitchen every Monday", null);
        addIdea(editor, session, "Healthy snacks and fresh fruit for the staff", null);
        String fruit2 = addIdea(editor, session, "Offer free fruit in the kitchen each Monday", null);
        addIdea(owner, session, "Solar panels on the office roof", null);
        addIdea(editor, session, "Install photovoltaic panels on top of the building", null);
        String loner = addIdea(owner, session, "Rename the quarterly report to something shorter", null);

        JsonPath first = as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200)
                .body("engine", equalTo("local")).body("ideaCount", equalTo(6)).extract().jsonPath();
        assertTrue(first.getList("unclustered", String.class).contains(loner));
        assertTrue(first.getList("clusters").size() >= 2);
        assertTrue(first.getList("clusters.label", String.class).stream().noneMatch(String::isBlank));
        assertEquals(Set.of(fruit1, fruit2), new HashSet<>(first.getList("mergeProposals[0].ideaIds", String.class)));
        assertEquals(Set.of(owner.toString(), editor.toString()), new HashSet<>(first.getList("mergeProposals[0].contributors", String.class)));

        JsonPath again = as(editor).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200).extract().jsonPath();
        assertEquals(first.getList("clusters"), again.getList("clusters"), "same ideas, same clusters");
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(200)
                .body("clusters", equalTo(again.getList("clusters"))).body("createdAt", notNullValue());

        // Merging the duplicates keeps both contributors on the kept idea.
        String keep = first.getString("mergeProposals[0].keepId");
        as(owner).body(Map.of("keepId", keep, "ideaIds", first.getList("mergeProposals[0].ideaIds")))
                .when().post(SESSIONS + "/" + session + "/merges").then().statusCode(200)
                .body("contributors", org.hamcrest.Matchers.containsInAnyOrder(owner.toString(), editor.toString()));
        as(owner).when().get(SESSIONS + "/" + session).then().body("ideaCount", equalTo(5));
    }

    /** The model's count of embedded texts, from the Prometheus endpoint. */
    private static double embeddedSoFar() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("brainstorm_embeddings_computed_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    @Test
    void reclusteringEmbedsOnlyNewOrEditedIdeas() {
        String session = createSession(owner, "free_form");
        String tag = UUID.randomUUID().toString().substring(0, 8); // texts no other test has embedded
        addIdea(owner, session, "Solar panels on the roof of hall " + tag, null);
        addIdea(owner, session, "A wind turbine behind warehouse " + tag, null);
        String edited = addIdea(owner, session, "Free fruit in kitchen " + tag, null);
        double start = embeddedSoFar();
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        assertEquals(3, embeddedSoFar() - start, "first clustering embeds every idea");
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        assertEquals(3, embeddedSoFar() - start, "unchanged ideas are not embedded again");
        addIdea(owner, session, "Battery storage for building " + tag, null);
        as(owner).body(Map.of("text", "Fresh fruit in the kitchen " + tag)).when().patch(SESSIONS + "/" + session + "/ideas/" + edited)
                .then().statusCode(200);
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200).body("ideaCount", equalTo(4));
        assertEquals(5, embeddedSoFar() - start, "only the new and the edited idea");
    }

    @Test
    void anUnclusteredSessionHasNoClusteringYet() {
        String session = createSession(owner, "free_form");
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(404);
        as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200)
                .body("clusters", hasSize(0)).body("unclustered", hasSize(0));
    }
}
