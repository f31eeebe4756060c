package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class VotingTest {

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();

    @Test
    void votesStayWithinTheLimitAndCanBeWithdrawn() {
        String session = createSession(owner, "free_form", Map.of("votesPerParticipant", 2));
        String a = addIdea(owner, session, "Idea A", null);
        String b = addIdea(owner, session, "Idea B", null);
        String c = addIdea(owner, session, "Idea C", null);
        String votes = SESSIONS + "/" + session + "/ideas/";
        as(owner).when().post(votes + a + "/votes").then().statusCode(201).body("votesUsed", equalTo(1)).body("votesRemaining", equalTo(1));
        as(owner).when().post(votes + a + "/votes").then().statusCode(409).contentType("application/problem+json");
        as(owner).when().post(votes + b + "/votes").then().statusCode(201).body("votesRemaining", equalTo(0));
        as(owner).when().post(votes + c + "/votes").then().statusCode(409);
        as(owner).when().get(SESSIONS + "/" + session + "/votes").then().statusCode(200)
                .body("votesUsed", equalTo(2)).body("items.find { it.ideaId == '" + c + "' }.votes", equalTo(0));
        as(owner).when().delete(votes + a + "/votes").then().statusCode(200).body("votes", equalTo(0)).body("votesRemaining", equalTo(1));
        as(owner).when().delete(votes + a + "/votes").then().statusCode(404);
        as(owner).when().post(votes + c + "/votes").then().statusCode(201).body("votes", equalTo(1));
        as(owner).when().post(SESSIONS + "/" + session + "/ideas/" + UUID.randomUUID() + "/votes").then().statusCode(404);
    }

    @Test
    void concurrentVotesNeverExceedTheLimit() throws Exception {
        String session = createSession(owner, "free_form", Map.of("votesPerParticipant", 3));
        invite(owner, session, editor, "editor");
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ideas.add(addIdea(owner, session, "Idea number " + i, null));
        }
        // Two participants each fire 12 votes at once, on 12 different ideas; each may cast 3.
        List<Callable<Integer>> calls = new ArrayList<>();
        for (UUID voter : List.of(owner, editor)) {
            for (String idea : ideas) {
                calls.add(() -> as(voter).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().extract().statusCode());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(6, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(18, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        try (Connection db = TestDatabase.asOwner()) {
            for (UUID voter : List.of(owner, editor)) {
                assertEquals(List.of(3L), TestDatabase.column(db,
                        "select count(*) from brainstorm.brainstorm_votes where session_id = ?::uuid and user_id = ?",
                        session, voter));
            }
        }
    }

    /**
     * The database alone holds the limit: twelve connections as the app role (no application in the way), one
     * participant, twelve different ideas, all inserting at once; three votes commit, the rest are refused.
     */
    @Test
    void theDatabaseEnforcesTheLimitOnConcurrentInsertsByItself() throws Exception {
        String session = createSession(owner, "free_form", Map.of("votesPerParticipant", 3));
        invite(owner, session, editor, "editor");
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ideas.add(addIdea(owner, session, "Direct idea " + i, null));
        }
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Callable<String>> inserts = new ArrayList<>();
        for (String idea : ideas) {
            inserts.add(() -> {
                try (Connection db = TestDatabase.asAppRole(editor)) {
                    start.await();
                    TestDatabase.update(db, "insert into brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at) "
                            + "values (gen_random_uuid(), ?::uuid, ?::uuid, ?, now())", session, idea, editor);
                    db.commit();
                    return "ok";
                } catch (java.sql.SQLException e) {
                    return e.getSQLState();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> insert : inserts) {
                futures.add(pool.submit(insert));
            }
            start.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(9, outcomes.stream().filter("23514"::equals).count(), outcomes.toString());
        try (Connection db = TestDatabase.asOwner()) {
            assertEquals(List.of(3L), TestDatabase.column(db,
                    "select count(*) from brainstorm.brainstorm_votes where session_id = ?::uuid and user_id = ?", session, editor));
        }
        // Through the API the refusal is a conflict, and nothing changes.
        as(editor).when().post(SESSIONS + "/" + session + "/ideas/" + ideas.get(0) + "/votes").then().statusCode(409)
                .contentType("application/problem+json");
        as(editor).when().get(SESSIONS + "/" + session + "/votes").then().body("votesUsed", equalTo(3)).body("votesRemaining", equalTo(0));
    }

    @Test
    void votersAreAnonymousUnlessTheSessionSaysOtherwise() {
        String anonymous = createSession(owner, "free_form", Map.of("anonymousVoting", true));
        invite(owner, anonymous, editor, "editor");
        String idea = addIdea(owner, anonymous, "Shared idea", null);
        as(editor).when().post(SESSIONS + "/" + anonymous + "/ideas/" + idea + "/votes").then().statusCode(201);
        as(owner).when().get(SESSIONS + "/" + anonymous + "/votes").then().body("items[0].votes", equalTo(1)).body("items[0].voters", nullValue());
        as(owner).when().get(SESSIONS + "/" + anonymous + "/ideas/" + idea).then().body("voters", nullValue()).body("votedByMe", equalTo(false));
        as(editor).when().get(SESSIONS + "/" + anonymous + "/ideas/" + idea).then().body("votedByMe", equalTo(true));

        String open = createSession(owner, "free_form", Map.of("anonymousVoting", false));
        invite(owner, open, editor, "editor");
        String other = addIdea(owner, open, "Open idea", null);
        as(editor).when().post(SESSIONS + "/" + open + "/ideas/" + other + "/votes").then().statusCode(201);
        as(owner).when().get(SESSIONS + "/" + open + "/votes").then().body("items[0].voters", contains(editor.toString()));
        as(owner).when().get(SESSIONS + "/" + open + "/ideas").then().body("items[0].voters", contains(editor.toString()));
        // Only the owner (the facilitator) sees who voted.
        as(editor).when().get(SESSIONS + "/" + open + "/votes").then().body("items[0].voters", nullValue());
    }

    @Test
    void closedSessionsTakeNoVotesOrIdeas() {
        String session = createSession(owner, "free_form");
        String idea = addIdea(owner, session, "Before closing", null);
        as(owner).body(Map.of("status", "closed")).when().patch(SESSIONS + "/" + session).then().statusCode(200);
        as(owner).when().post(SESSIONS + "/" + session + "/ideas/" + idea + "/votes").then().statusCode(409);
        as(owner).body(Map.of("text", "After closing")).when().post(SESSIONS + "/" + session + "/ideas").then().statusCode(409);
        as(owner).when().get(SESSIONS + "/" + session + "/ideas").then().body("items", hasSize(1));
    }
}
