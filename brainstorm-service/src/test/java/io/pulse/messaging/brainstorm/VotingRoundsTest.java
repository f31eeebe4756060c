package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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

/** Voting rounds: started and ended by the owner, one open at a time, votes per round, results hidden until shown. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class VotingRoundsTest {

    private final UUID owner = UUID.randomUUID();
    private final UUID editor = UUID.randomUUID();
    private final UUID viewer = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    private String session;

    private String rounds() {
        return SESSIONS + "/" + session + "/voting-rounds";
    }

    private String votes(String idea) {
        return SESSIONS + "/" + session + "/ideas/" + idea + "/votes";
    }

    private String startSession() {
        session = createSession(owner, "free_form", Map.of("votesPerParticipant", 5));
        invite(owner, session, editor, "editor");
        invite(owner, session, viewer, "viewer");
        return session;
    }

    private String start(Map<String, Object> body) {
        return as(owner).body(body).when().post(rounds()).then().statusCode(201).extract().path("id");
    }

    @Test
    void aRoundHidesItsResultsFromParticipantsUntilItEndsAndKeepsThem() {
        startSession();
        String a = addIdea(owner, session, "Self check-in kiosks", null);
        String b = addIdea(editor, session, "Text patients when a doctor is free", null);
        String c = addIdea(editor, session, "A nurse at the door to sort arrivals", null);
        String round = start(Map.of("votesPerParticipant", 2));
        as(owner).body(Map.of()).when().post(rounds()).then().statusCode(409).contentType("application/problem+json");

        as(editor).when().post(votes(a)).then().statusCode(201)
                .body("roundId", equalTo(round), "votesUsed", equalTo(1), "votesRemaining", equalTo(1), "$", not(hasKey("votes")));
        as(editor).when().post(votes(a)).then().statusCode(409);
        as(editor).when().post(votes(b)).then().statusCode(201).body("votesRemaining", equalTo(0));
        as(editor).when().post(votes(c)).then().statusCode(409).contentType("application/problem+json");
        as(owner).when().post(votes(a)).then().statusCode(201).body("votes", equalTo(2), "roundId", equalTo(round));
        as(viewer).when().post(votes(a)).then().statusCode(403);

        // Participants see their own votes and what they have left; the owner sees live results.
        as(editor).when().get(rounds() + "/" + round).then().statusCode(200)
                .body("status", equalTo("open"), "resultsVisible", equalTo(false), "results", nullValue(), "totalVotes", nullValue(),
                        "myVotes", contains(a, b), "votesRemaining", equalTo(0));
        as(viewer).when().get(rounds() + "/" + round).then().statusCode(200).body("results", nullValue());
        as(owner).when().get(rounds() + "/" + round).then().statusCode(200)
                .body("results.ideaId", contains(a, b, c), "results.votes", contains(2, 1, 0), "results.rank", contains(1, 2, 3),
                        "totalVotes", equalTo(3));
        // The session-level votes are apart from the round's.
        as(owner).when().get(SESSIONS + "/" + session + "/votes").then().statusCode(200)
                .body("votesUsed", equalTo(0), "items.votes", contains(0, 0, 0));

        as(editor).when().post(rounds() + "/" + round + "/end").then().statusCode(403);
        as(owner).when().post(rounds() + "/" + round + "/end").then().statusCode(200)
                .body("status", equalTo("closed"), "closedBy", equalTo("owner"), "results.votes", contains(2, 1, 0));
        as(owner).when().post(rounds() + "/" + round + "/end").then().statusCode(409);
        as(editor).when().get(rounds() + "/" + round).then().statusCode(200)
                .body("resultsVisible", equalTo(true), "results.ideaId", contains(a, b, c), "myVotes", contains(a, b));

        // Outside rounds, voting is the session's again.
        as(editor).when().post(votes(c)).then().statusCode(201).body("votes", equalTo(1), "$", not(hasKey("roundId")));
        String second = start(Map.of("ideaIds", List.of(b, c), "durationSeconds", 600));
        as(editor).when().post(votes(a)).then().statusCode(409);
        as(editor).when().post(votes(c)).then().statusCode(201).body("roundId", equalTo(second));
        as(editor).when().delete(votes(c)).then().statusCode(200).body("votesUsed", equalTo(0), "roundId", equalTo(second));
        as(editor).when().delete(votes(c)).then().statusCode(404);

        as(editor).when().get(rounds() + "?limit=1").then().statusCode(200)
                .body("items.id", contains(second), "items[0].endsAt", notNullValue(), "nextCursor", notNullValue());
        String cursor = as(editor).when().get(rounds() + "?limit=1").then().extract().path("nextCursor");
        as(editor).when().get(rounds() + "?limit=1&cursor=" + cursor).then().statusCode(200)
                .body("items.id", contains(round), "items[0].myVotes", contains(a, b), "nextCursor", nullValue());
        as(owner).when().get(rounds() + "?cursor=not-a-cursor").then().statusCode(400);
    }

    @Test
    void theOwnerRevealsResultsKeptFromTheParticipants() {
        startSession();
        String a = addIdea(owner, session, "Self check-in kiosks", null);
        String round = start(Map.of("revealOnEnd", false));
        as(editor).when().post(votes(a)).then().statusCode(201);
        as(owner).when().post(rounds() + "/" + round + "/end").then().statusCode(200).body("revealOnEnd", equalTo(false));
        as(editor).when().get(rounds() + "/" + round).then().statusCode(200).body("resultsVisible", equalTo(false), "results", nullValue());
        as(editor).when().post(rounds() + "/" + round + "/reveal").then().statusCode(403);
        as(owner).when().post(rounds() + "/" + round + "/reveal").then().statusCode(200).body("revealedAt", notNullValue());
        as(editor).when().get(rounds() + "/" + round).then().statusCode(200)
                .body("resultsVisible", equalTo(true), "results[0].ideaId", equalTo(a), "results[0].votes", equalTo(1));
    }

    @Test
    void strangersBadInputAndUnknownRoundsAreRefused() {
        startSession();
        String round = start(Map.of());
        as(stranger).when().get(rounds()).then().statusCode(404);
        as(stranger).when().get(rounds() + "/" + round).then().statusCode(404);
        as(stranger).body(Map.of()).when().post(rounds()).then().statusCode(404);
        as(stranger).when().post(rounds() + "/" + round + "/end").then().statusCode(404);
        as(owner).when().get(rounds() + "/" + UUID.randomUUID()).then().statusCode(404);
        as(owner).when().post(rounds() + "/" + UUID.randomUUID() + "/end").then().statusCode(404);
        as(owner).when().post(rounds() + "/" + UUID.randomUUID() + "/reveal").then().statusCode(404);
        as(editor).body(Map.of()).when().post(rounds()).then().statusCode(403);
        as(owner).when().post(rounds() + "/" + round + "/end").then().statusCode(200);
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("durationSeconds", 5), Map.of("votesPerParticipant", 0),
                Map.of("ideaIds", List.of()), Map.of("ideaIds", List.of(UUID.randomUUID())), Map.of("unknown", 1))) {
            as(owner).body(bad).when().post(rounds()).then().statusCode(400).contentType("application/problem+json");
        }
        // Another user's session: its rounds are not found, and the list shows none of them.
        String mine = createSession(stranger, "free_form");
        as(stranger).when().get(SESSIONS + "/" + mine + "/voting-rounds").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void oneOpenRoundAndTheRoundLimitHoldUnderConcurrency() throws Exception {
        startSession();
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ideas.add(addIdea(owner, session, "Idea number " + i, null));
        }
        List<Integer> starts = fire(Collections.nCopies(6, () -> as(owner).body(Map.of("votesPerParticipant", 2))
                .when().post(rounds()).then().extract().statusCode()));
        assertEquals(1, starts.stream().filter(status -> status == 201).count(), starts.toString());
        assertEquals(5, starts.stream().filter(status -> status == 409).count(), starts.toString());

        List<Callable<Integer>> calls = new ArrayList<>();
        ideas.forEach(idea -> calls.add(() -> as(editor).when().post(votes(idea)).then().extract().statusCode()));
        List<Integer> statuses = fire(calls);
        assertEquals(2, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        try (Connection db = TestDatabase.asOwner()) {
            assertEquals(List.of(2L), TestDatabase.column(db,
                    "select count(*) from brainstorm.brainstorm_round_votes where session_id = ?::uuid and user_id = ?", session, editor));
            // The database itself refuses a second open round, whoever inserts it.
            SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.update(db, """
                    insert into brainstorm.brainstorm_voting_rounds (id, session_id, user_id, created_at, votes_per_participant)
                    values (gen_random_uuid(), ?::uuid, ?, now(), 3)""", session, owner));
            assertEquals("23505", refused.getSQLState());
        }
    }

    /** Row-level security on the rounds' tables, as the app role without the application's filter. */
    @Test
    void roundRowsFollowRowLevelSecurity() throws SQLException {
        startSession();
        String a = addIdea(owner, session, "Self check-in kiosks", null);
        String round = start(Map.of());
        as(editor).when().post(votes(a)).then().statusCode(201);
        as(owner).when().post(votes(a)).then().statusCode(201);
        String roundVotes = "select count(*) from brainstorm.brainstorm_round_votes where session_id = ?::uuid";
        String rounds = "select count(*) from brainstorm.brainstorm_voting_rounds where session_id = ?::uuid";
        try (Connection db = TestDatabase.asAppRole(stranger)) {
            assertEquals(List.of(0L), TestDatabase.column(db, rounds, session));
            assertEquals(List.of(0L), TestDatabase.column(db, roundVotes, session));
            assertEquals(0, TestDatabase.update(db, "delete from brainstorm.brainstorm_voting_rounds"));
            assertThrows(SQLException.class, () -> TestDatabase.update(db, """
                    insert into brainstorm.brainstorm_round_votes (id, session_id, round_id, idea_id, user_id, created_at)
                    values (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?, now())""", session, round, a, stranger));
        }
        // While hidden: the owner reads every vote, the editor only their own, the viewer none.
        for (Object[] expected : List.of(new Object[] {owner, 2L}, new Object[] {editor, 1L}, new Object[] {viewer, 0L})) {
            try (Connection db = TestDatabase.asAppRole((UUID) expected[0])) {
                assertEquals(List.of(1L), TestDatabase.column(db, rounds, session));
                assertEquals(List.of(expected[1]), TestDatabase.column(db, roundVotes, session), "as " + expected[0]);
                assertEquals(0, TestDatabase.update(db, "update brainstorm.brainstorm_voting_rounds set revealed_at = now()"
                        + " where session_id = ?::uuid and user_id <> ?", session, expected[0]));
            }
        }
        as(owner).when().post(rounds() + "/" + round + "/end").then().statusCode(200);
        try (Connection db = TestDatabase.asAppRole(viewer)) {
            assertEquals(List.of(2L), TestDatabase.column(db, roundVotes, session), "shown once the round ended");
        }
    }

    private static List<Integer> fire(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        return statuses;
    }
}
