package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.SchemaScan;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Erasing a user removes the sessions they own with everything in them, and their traces in other users' sessions:
 * their membership and votes, and their ideas (removed, or kept as a former member's where the owner chose so).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasureTest {

    private static final String SCHEMA = "brainstorm";
    /** Every table of the schema: a new one must be added to erase_user_batch (latest: V11__erasure_covers_rounds_templates_action_items.sql), then here. */
    private static final List<Object> TABLES = List.of("audit_log", "brainstorm_action_items", "brainstorm_ai_cache",
            "brainstorm_clusterings", "brainstorm_collaborators", "brainstorm_ideas", "brainstorm_round_votes", "brainstorm_sessions",
            "brainstorm_templates", "brainstorm_votes", "brainstorm_voting_rounds", "job_runs", "user_erasures");

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID carol = UUID.randomUUID();

    private static void vote(UUID user, String session, String idea) {
        as(user).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(201);
    }

    private static JsonPath ideas(UUID user, String session) {
        return as(user).when().get(SESSIONS + "/" + session + "/ideas?limit=100").then().statusCode(200).extract().jsonPath();
    }

    /** Alice's own session, where bob and carol took part: all of it goes with her. */
    private String alicesSession() {
        String session = createSession(alice, "free_form");
        invite(alice, session, carol, "editor");
        String mine = addIdea(alice, session, "Alice's own plan for quieter meeting rooms", null);
        String carols = addIdea(carol, session, "Carol's idea in alice's session", null);
        vote(alice, session, carols);
        vote(carol, session, mine);
        as(alice).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200);
        as(alice).body(Map.of("count", 2)).when().post(SESSIONS + "/" + session + "/suggestions").then().statusCode(200);
        return session;
    }

    /** Alice's template, a session she made from it with carol in it, and carol's own copy of its steps. */
    private String alicesTemplate() {
        String template = as(alice).body(Map.of("name", "Alice's own plan for retros", "steps", List.of(
                        Map.of("name", "Alice's warm-up", "prompt", "Alice's question for everyone"))))
                .when().post("/api/brainstorm/templates").then().statusCode(201).extract().path("id");
        String session = as(alice).body(Map.of("title", "Alice's templated session", "topic", "Alice's retro", "templateId", template))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
        invite(alice, session, carol, "viewer");
        return as(carol).body(Map.of("name", "Carol's copy")).when().post(SESSIONS + "/" + session + "/template")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aliceErasesHerselfEverywhereAndBobsSessionsKeepWhatIsHis() throws Exception {
        String own = alicesSession();
        String carolsCopy = alicesTemplate();
        // Bob's session with the default setting: alice's ideas and votes go.
        String removes = createSession(bob, "free_form");
        invite(bob, removes, alice, "editor");
        invite(bob, removes, carol, "editor");
        String bobsIdea = addIdea(bob, removes, "Bob's bike sheds behind the station", null);
        String alicesIdea = addIdea(alice, removes, "Alice's parking spaces for car sharing", null);
        String merged = addIdea(alice, removes, "Alice's covered bike racks near the entrance", null);
        vote(alice, removes, bobsIdea);
        vote(bob, removes, bobsIdea);
        vote(carol, removes, alicesIdea);
        as(bob).body(Map.of("keepId", bobsIdea, "ideaIds", List.of(merged))).when().post(SESSIONS + "/" + removes + "/merges")
                .then().statusCode(200);
        as(alice).when().post(SESSIONS + "/" + removes + "/clusters").then().statusCode(200);
        as(alice).body(Map.of("count", 2)).when().post(SESSIONS + "/" + removes + "/suggestions").then().statusCode(200);
        // Bob's session that keeps a former member's ideas.
        String keeps = createSession(bob, "free_form", Map.of("keepIdeasOfFormerMembers", true));
        invite(bob, keeps, alice, "editor");
        String kept = addIdea(alice, keeps, "Rooftop garden for the staff", null);
        String bobsOther = addIdea(bob, keeps, "Bob's longer lunch breaks", null);
        vote(alice, keeps, bobsOther);
        vote(bob, keeps, kept);
        vote(bob, keeps, bobsOther);

        List<String> bobsBefore = bobsContent();
        as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "Alice's own plan", "Alice's templated session", "Alice's parking",
                "Alice's covered", "Carol's idea in alice's"));
        as(carol).when().get(SESSIONS + "/" + own).then().statusCode(404);
        as(carol).when().get("/api/brainstorm/templates/" + carolsCopy).then().statusCode(200)
                .body("steps[0].name", equalTo("Alice's warm-up")); // carol's copy is hers

        JsonPath removed = ideas(bob, removes);
        assertEquals(List.of(bobsIdea), removed.getList("items.id"));
        assertEquals(1, removed.getInt("items[0].votes"), "bob's vote stays, alice's is gone");
        assertEquals(List.of(bob.toString()), removed.getList("items[0].contributors"), "alice's merge credit is gone");
        as(bob).when().get(SESSIONS + "/" + removes + "/collaborators").then().statusCode(200)
                .body("userId", not(hasItem(alice.toString())), "userId", hasItem(carol.toString()));
        as(bob).when().get(SESSIONS + "/" + removes + "/clusters").then().statusCode(404);

        JsonPath keptIdeas = ideas(bob, keeps);
        assertEquals(List.of(kept, bobsOther), keptIdeas.getList("items.id"));
        assertEquals("Rooftop garden for the staff", keptIdeas.getString("items[0].text"));
        assertNull(keptIdeas.get("items[0].authorId"), "a former member's idea has no author");
        assertEquals(List.of(1, 1), keptIdeas.getList("items.votes"), "bob's votes stay, alice's is gone");
        assertEquals(List.of("brainstorm_ideas: 1 rows with 'Rooftop garden'"), SchemaScan.rowsMentioning(SCHEMA, "Rooftop garden"));

        given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/brainstorm/audit?limit=2").then().statusCode(200)
                .body("items.action", equalTo(List.of("collaborator.erased", "collaborator.erased")),
                        "items.actor", equalTo(List.of("system", "system")),
                        "items.targetId", equalTo(java.util.Arrays.asList(null, null)),
                        "items.changes.sessionId", equalTo(List.of(keeps, removes)),
                        "items[0].changes.ideasKept", equalTo(1), "items[0].changes.votesRemoved", equalTo(1),
                        "items[1].changes.ideasRemoved", equalTo(1), "items[1].changes.votesRemoved", equalTo(1),
                        "items[1].changes.mergedCreditsRemoved", equalTo(1), "items[1].changes.clusteringDropped", equalTo(true));
        assertEquals(bobsBefore, bobsContent(), "bob's own rows as they were");
        as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204); // again: nothing left, still 204
    }

    /**
     * Traces the erasure finds only through a clustering someone else ran (its merge proposals name alice) or a merge
     * credit (whose cached suggestions go), and one trail entry per session however many batches it took.
     */
    @Test
    void tracesInAClusteringOrAMergeCreditGoAndEachSessionGetsOneEntry() throws Exception {
        String many = createSession(bob, "free_form");
        invite(bob, many, alice, "editor");
        for (int i = 1; i <= 4; i++) { // more than the test's batch size of 3
            addIdea(alice, many, "Alice's idea number " + i + " about shuttle buses", null);
        }
        String credited = createSession(bob, "free_form");
        invite(bob, credited, alice, "editor");
        String alicesDuplicate = addIdea(alice, credited, "Alice's shared taxis from the station", null);
        String bobsIdea = addIdea(bob, credited, "Bob's shared taxis from the station", null);
        as(bob).body(Map.of("keepId", bobsIdea, "ideaIds", List.of(alicesDuplicate))).when().post(SESSIONS + "/" + credited + "/merges")
                .then().statusCode(200);
        as(bob).body(Map.of("count", 2)).when().post(SESSIONS + "/" + credited + "/suggestions").then().statusCode(200);
        String clustered = createSession(bob, "free_form");
        addIdea(bob, clustered, "Bob's night buses to the suburbs", null);
        addIdea(bob, clustered, "Bob's late buses to the suburbs", null);
        as(bob).when().post(SESSIONS + "/" + clustered + "/clusters").then().statusCode(200);
        try (Connection owner = TestDatabase.asOwner()) {
            // As if alice had written a duplicate there and deleted it since: the stored proposal still credits her.
            assertEquals(1, TestDatabase.update(owner, """
                    update brainstorm.brainstorm_clusterings set result = jsonb_set(result, '{mergeProposals}', jsonb_build_array(
                        jsonb_build_object('keepId', ?, 'ideaIds', jsonb_build_array(), 'contributors', jsonb_build_array(?),
                                           'similarity', 0.9)))
                     where session_id = ?::uuid""", UUID.randomUUID().toString(), alice.toString(), clustered));
        }

        as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "Alice's idea number", "Alice's shared"));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(0L), TestDatabase.column(owner,
                    "select count(*) from brainstorm.brainstorm_ai_cache where session_id = ?::uuid", credited),
                    "the suggestions cached while alice's merge credit counted are gone");
        }
        JsonPath trail = given().auth().oauth2(TestTokens.forUser(bob)).when().get("/api/brainstorm/audit?limit=10").then()
                .statusCode(200).extract().jsonPath();
        Map<Object, Map<?, ?>> bySession = new java.util.HashMap<>();
        trail.<Map<String, Object>>getList("items").stream().filter(entry -> "collaborator.erased".equals(entry.get("action")))
                .forEach(entry -> assertNull(bySession.put(((Map<?, ?>) entry.get("changes")).get("sessionId"), (Map<?, ?>) entry.get("changes")),
                        "one entry per session"));
        assertEquals(java.util.Set.of(many, credited, clustered), bySession.keySet());
        assertEquals(4, bySession.get(many).get("ideasRemoved"), "the batches' counts add up");
        assertEquals(true, bySession.get(many).get("memberRemoved"));
        assertEquals(1, bySession.get(credited).get("mergedCreditsRemoved"));
        assertEquals(true, bySession.get(clustered).get("clusteringDropped"));
    }

    /**
     * Bob's rows: his sessions, ideas and votes. Not the memberships (alice's, which go, name bob as their inviter),
     * the derived clusterings and caches (dropped where alice's ideas were in them) or his trail (which gains entries).
     */
    private List<String> bobsContent() throws Exception {
        return SchemaScan.rowsMentioning(SCHEMA, bob.toString(), "Bob's bike", "Bob's longer").stream()
                .filter(line -> !line.startsWith("audit_log") && !line.startsWith("brainstorm_clusterings")
                        && !line.startsWith("brainstorm_collaborators")
                        && !line.startsWith("brainstorm_ai_cache"))
                .toList();
    }

    private static String actionItem(UUID user, String session, String idea, UUID owner) {
        return as(user).body(Map.of("ownerId", owner.toString(), "dueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString()))
                .when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/action-item").then().statusCode(201).extract().path("id");
    }

    /**
     * Action items: in sessions the erased user owns they go with the session; elsewhere an item they were to do stays,
     * unassigned, one they made forgets who made it, and one on their own idea goes with the idea.
     */
    @Test
    void anErasedOwnersActionItemsStayUnassignedInOtherSessions() throws Exception {
        String own = createSession(alice, "free_form");
        invite(alice, own, bob, "editor");
        actionItem(alice, own, addIdea(bob, own, "Bob's idea in alice's session", null), bob);
        String bobs = createSession(bob, "free_form");
        invite(bob, bobs, alice, "editor");
        String bobsIdea = addIdea(bob, bobs, "Bob's car pool for the night shift", null);
        String assigned = actionItem(bob, bobs, bobsIdea, alice);
        String bobsOther = addIdea(bob, bobs, "Bob's second idea about parking", null);
        String madeByAlice = actionItem(alice, bobs, bobsOther, bob);
        actionItem(bob, bobs, addIdea(alice, bobs, "Alice's idea about e-bikes", null), bob);

        as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), "Alice's idea about e-bikes", "Bob's idea in alice's"));
        JsonPath items = as(bob).when().get(SESSIONS + "/" + bobs + "/action-items").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(assigned, madeByAlice), items.getList("items.id"), "the item on alice's idea went with it");
        assertNull(items.get("items[0].ownerId"), "alice's item stays, unassigned");
        assertEquals(bob.toString(), items.getString("items[0].createdBy"));
        assertNull(items.get("items[1].createdBy"), "who made it is forgotten");
        assertEquals(bob.toString(), items.getString("items[1].ownerId"));
        as(bob).when().get(SESSIONS + "/" + own + "/action-items").then().statusCode(404);
        as(bob).body(Map.of("ownerId", bob.toString())).when().patch(SESSIONS + "/" + bobs + "/action-items/" + assigned).then()
                .statusCode(200).body("ownerId", equalTo(bob.toString()));
    }

    @Test
    void aUserCannotEraseAnotherButAServiceCan() throws Exception {
        String session = createSession(bob, "free_form");
        addIdea(bob, session, "Bob's standing desks", null);
        as(alice).when().delete("/api/brainstorm/users/" + bob).then().statusCode(404).contentType("application/problem+json");
        as(bob).when().get(SESSIONS + "/" + session).then().statusCode(200).body("title", not(nullValue()));

        given().auth().oauth2(TestTokens.service()).when().delete("/api/brainstorm/users/" + bob).then().statusCode(204);
        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, bob.toString(), "Bob's standing desks"));
        as(bob).when().get(SESSIONS + "/" + session).then().statusCode(404);
    }

    /** Voting rounds: alice's own go with her sessions; her votes in bob's round go, bob's round and votes stay. */
    @Test
    void votingRoundsAndRoundVotesGoWithTheirUser() throws Exception {
        String own = createSession(alice, "free_form");
        invite(alice, own, carol, "editor");
        String alicesIdea = addIdea(alice, own, "Alice's round idea about standing desks", null);
        as(alice).body(Map.of()).when().post(SESSIONS + "/" + own + "/voting-rounds").then().statusCode(201);
        vote(carol, own, alicesIdea);
        String bobs = createSession(bob, "free_form");
        invite(bob, bobs, alice, "editor");
        String bobsIdea = addIdea(bob, bobs, "Bob's round idea about quiet hours", null);
        String round = as(bob).body(Map.of("revealOnEnd", true)).when().post(SESSIONS + "/" + bobs + "/voting-rounds")
                .then().statusCode(201).extract().path("id");
        vote(alice, bobs, bobsIdea);
        vote(bob, bobs, bobsIdea);

        as(alice).when().delete("/api/brainstorm/users/" + alice).then().statusCode(204);

        assertEquals(List.of(), SchemaScan.rowsMentioning(SCHEMA, alice.toString(), own, "Alice's round idea"));
        as(bob).when().get(SESSIONS + "/" + bobs + "/voting-rounds/" + round).then().statusCode(200)
                .body("status", equalTo("open"), "results[0].ideaId", equalTo(bobsIdea), "results[0].votes", equalTo(1));
    }

    @Test
    void theEraseFunctionKnowsEveryTableOfTheSchema() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            List<Object> tables = TestDatabase.column(owner, """
                    select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'brainstorm' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                     order by 1""");
            assertEquals(TABLES, tables, "a new table: erase its users' rows in erase_user_batch, then list it here");
        }
    }
}
