package io.pulse.messaging.autoresponse.service;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** The compiled rules of an erased user: dropped on the erasing replica, never served again by the others. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RuleCacheErasureTest {

    @Inject
    RuleCache cache;

    @Inject
    SqlOwnership ownership;

    @Inject
    EvaluationStateRepository state;

    @Test
    void theErasingReplicaDropsTheUsersCompiledRules() {
        Api alice = Api.newUser();
        alice.createRule(rule("Away", 1, "Away text."));
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Away text."));
        assertTrue(cache.holds(alice.id()));

        alice.delete("/users/" + alice.id()).statusCode(204);

        assertFalse(cache.holds(alice.id()));
    }

    /**
     * Another replica erases the user (SQL as the owner: this replica hears nothing) and then saves a new rule of theirs
     * (the version bump another replica's save runs, and the rule written directly): this replica's compiled copy of the
     * erased rules must not answer, although it was compiled at the user's first version.
     */
    @Test
    void anotherReplicaNeverServesTheErasedRulesAgain() throws Throwable {
        Api alice = Api.newUser();
        alice.createRule(rule("Away", 1, "Erased text."));
        alice.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Erased text."));

        try (Connection owner = TestDatabase.asOwner()) {
            while (((Number) TestDatabase.column(owner, "select auto_response.erase_user_batch(?, 100)", alice.id()).get(0)).longValue() > 0) {
                // batch after batch, as UserErasure runs them
            }
        }
        alice.post("/evaluate", message("hi")).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("no_rule_matched"));

        UUID bob = Api.newUser().id();
        cacheRulesOf(bob, "Bob's erased text.");
        try (Connection owner = TestDatabase.asOwner()) {
            while (((Number) TestDatabase.column(owner, "select auto_response.erase_user_batch(?, 100)", bob).get(0)).longValue() > 0) {
                // as above
            }
        }
        VertxContextSupport.subscribeAndAwait(() -> ownership.sqlAsUser(bob, state::bumpRulesVersion));
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template)
                    values (gen_random_uuid(), ?, now(), now(), 'New', 'Bob''s new text.')""", bob);
        }
        assertTrue(cache.holds(bob), "this replica still holds the erased rules (it heard nothing)");
        Api.as(bob).post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Bob's new text."));
    }

    /** Erased by another replica: this replica's next evaluation of the user drops the erased set instead of keeping it. */
    @Test
    void anotherReplicasErasureDropsTheCompiledSetAtTheNextEvaluation() throws Throwable {
        Api carol = Api.newUser();
        carol.createRule(rule("Away", 1, "Carol's erased text."));
        carol.post("/evaluate", message("hi")).statusCode(200).body("text", equalTo("Carol's erased text."));
        long erasedVersion = cache.cached(carol.id()).version();
        try (Connection owner = TestDatabase.asOwner()) {
            while (((Number) TestDatabase.column(owner, "select auto_response.erase_user_batch(?, 100)", carol.id()).get(0)).longValue() > 0) {
                // as above
            }
        }
        carol.post("/evaluate", message("hi")).statusCode(200).body("reply", equalTo(false));

        RuleCache.RuleSet held = cache.cached(carol.id());
        assertTrue(held == null || held.version() < erasedVersion && held.rules().isEmpty(),
                "the erased rules are still held: version " + (held == null ? null : held.version()));
    }

    /** Bob's rules compiled on this replica at his first rules version. */
    private static void cacheRulesOf(UUID bob, String text) {
        Api.as(bob).createRule(rule("Away", 1, text));
        Api.as(bob).post("/evaluate", message("hi")).statusCode(200).body("text", equalTo(text));
    }
}
