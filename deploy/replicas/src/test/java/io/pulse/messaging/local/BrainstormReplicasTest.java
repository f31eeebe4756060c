package io.pulse.messaging.local;

import static io.pulse.messaging.local.ReplicaSuite.BRAINSTORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** Live events fan out through PostgreSQL to members on any replica; vote limits hold across replicas. */
@Order(3)
class BrainstormReplicasTest {

    static final String SESSIONS = "/api/brainstorm/sessions";
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Test
    void aMemberOnReplicaAReceivesWithinOneSecondTheIdeaAddedThroughReplicaB() {
        ReplicaSuite.User owner = new ReplicaSuite.User("Session Owner");
        ReplicaSuite.User member = new ReplicaSuite.User("Session Member");
        String session = session(owner, 5);
        owner.on(BRAINSTORM, 0).call("PUT", SESSIONS + "/" + session + "/collaborators/" + member.id, new JsonObject().put("role", "editor"));
        try (EventStream events = member.on(BRAINSTORM, 0).events(SESSIONS + "/" + session + "/events")) {
            events.awaitOpen(Duration.ofSeconds(10));
            events.await("ready", data -> true, Duration.ofSeconds(10));
            for (int i = 0; i < 3; i++) {
                String id = owner.on(BRAINSTORM, 1).call("POST", SESSIONS + "/" + session + "/ideas",
                        new JsonObject().put("text", "Idea " + i + " from replica B")).getString("id");
                // Within a second of replica B's acknowledgement, the member on replica A has it.
                events.await("idea_added", data -> id.equals(data.getString("id", data.getString("ideaId"))), WITHIN);
            }
        }
    }

    @Test
    void aVoteLimitHoldsUnderConcurrentVotesOverBothReplicas() throws Exception {
        ReplicaSuite.User owner = new ReplicaSuite.User("Voting Owner");
        int limit = 3;
        String session = session(owner, limit);
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ideas.add(owner.on(BRAINSTORM, i % 2).call("POST", SESSIONS + "/" + session + "/ideas",
                    new JsonObject().put("text", "Option " + i)).getString("id"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ideas.size());
        List<CompletableFuture<Integer>> votes = new ArrayList<>();
        try {
            for (int i = 0; i < ideas.size(); i++) {
                DemoClient replica = owner.on(BRAINSTORM, i % ReplicaSuite.REPLICAS);
                String idea = ideas.get(i);
                votes.add(CompletableFuture.supplyAsync(() -> {
                    AutoResponseReplicasTest.await(start);
                    return replica.exchange("POST", SESSIONS + "/" + session + "/ideas/" + idea + "/votes", null).status();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> vote : votes) {
                statuses.add(vote.get());
            }
            assertEquals(limit, statuses.stream().filter(s -> s == 201).count(), "accepted votes: " + statuses);
            assertEquals(ideas.size() - limit, statuses.stream().filter(s -> s == 409).count(), "refused votes: " + statuses);
            JsonObject tally = owner.on(BRAINSTORM, 1).call("GET", SESSIONS + "/" + session + "/votes", null);
            assertEquals(limit, tally.getInteger("votesUsed"), tally.encode());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new free-form session of {@code owner} with {@code votes} votes per participant; its id. */
    static String session(ReplicaSuite.User owner, int votes) {
        return owner.on(BRAINSTORM, 0).call("POST", SESSIONS, new JsonObject().put("title", "Replicas").put("topic", "Onboarding")
                .put("framework", "free_form").put("settings", new JsonObject().put("votesPerParticipant", votes)
                        .put("anonymousVoting", false))).getString("id");
    }
}
