package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The per-replica cache of compiled rules, and the index its reload query runs on. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RuleCacheAndIndexTest {

    /**
     * Another replica's change is simulated by writing the database directly (this replica's API never sees it): the
     * cached rules keep answering until the user's rules version moves, and are reloaded as soon as it does.
     */
    @Test
    void aChangeMadeThroughAnotherReplicaIsSeenAtTheNextEvaluation() throws SQLException {
        Api alice = Api.newUser();
        UUID id = UUID.fromString(alice.createRule(rule("Away", 1, "Old text.")));
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Old text."));

        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update auto_response.message_auto_responses set response_template = 'New text.' where id = ?", id);
        }
        // The version did not move: this replica still answers from its compiled copy (proof that the cache is used).
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Old text."));

        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update auto_response.message_auto_response_rule_versions set version = version + 1 where user_id = ?",
                    alice.id());
        }
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("New text."));

        // A change through the API (any replica) bumps the version in the same transaction.
        alice.patch("/rules/" + id, java.util.Map.of("template", "Newest text.")).statusCode(200);
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Newest text."));
        alice.post("/rules/" + id + "/disable", "").statusCode(200);
        alice.post("/evaluate", message("hi")).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("no_rule_matched"));
    }

    /** The query that loads a user's enabled rules in evaluation order can run on the partial index, without a sort. */
    @Test
    void enabledRulesLoadThroughThePartialIndex() throws SQLException {
        Api alice = Api.newUser();
        alice.createRule(rule("One", 1, "x"));
        // A user's disabled rules, which the partial index leaves out.
        for (int i = 2; i <= 12; i++) {
            alice.post("/rules/" + alice.createRule(rule("Off " + i, i, "y")) + "/disable", "").statusCode(200);
        }
        // The full index (user_id, priority, created_at, id) serves the query too, with a filter, and which of the two the
        // planner prefers depends on statistics the other tests' rows move: so the full index is dropped in a transaction
        // that is rolled back, and the plan must then read the partial one, in order, without a sort. For a user with one
        // enabled rule the primary key plus a one-row sort costs about the same, so sorts are priced out as well: the
        // question is whether an order-giving plan exists, not which of two near-equal plans the statistics favour.
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(false);
            TestDatabase.update(owner, "drop index auto_response.message_auto_responses_order");
            TestDatabase.update(owner, "set local enable_seqscan = off");
            TestDatabase.update(owner, "set local enable_bitmapscan = off");
            TestDatabase.update(owner, "set local enable_sort = off");
            List<Object> plan = TestDatabase.column(owner, """
                    explain select * from auto_response.message_auto_responses
                     where user_id = ? and (enabled = true) order by priority, created_at, id""", alice.id());
            String text = plan.stream().map(Object::toString).collect(Collectors.joining("\n"));
            assertTrue(text.contains("message_auto_responses_enabled_order"), text);
            assertTrue(!text.contains("Sort"), text);
            owner.rollback();
        }
    }
}
