package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Rules matched outside a transaction may change before the outcome is recorded. A change bumps the user's rules version
 * first; the recording transaction share-locks that version, so it waits for the change, sees the new version, records
 * nothing and evaluates again with the new rules: never a log row or cooldown for a rule deleted meanwhile, never a 500.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RulesChangingTest {

    @Test
    void aRuleDeletedWhileAMessageIsEvaluatedIsNotAnsweredWith() throws Exception {
        Api alice = Api.newUser();
        UUID rule = UUID.fromString(alice.createRule(rule("Catch-all", 1, "Away.")));
        alice.post("/evaluate", message("warm-up")).statusCode(200); // the rules are compiled and cached
        CompletableFuture<Response> evaluation;
        try (Connection change = TestDatabase.asOwner()) {
            change.setAutoCommit(false);
            // What deleting the rule through the API does, held open: the version bumped first, then the rule deleted.
            TestDatabase.update(change, "update auto_response.message_auto_response_rule_versions set version = version + 1 where user_id = ?",
                    alice.id());
            TestDatabase.update(change, "delete from auto_response.message_auto_responses where id = ?", rule);
            evaluation = CompletableFuture.supplyAsync(() -> alice.post("/evaluate", message("hello")).extract().response());
            awaitAWaitingLock(evaluation);
            change.commit();
        }
        Response answer = evaluation.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(Boolean.FALSE, answer.path("reply"), answer.asString());
        assertEquals("no_rule_matched", answer.path("reason"));
        try (Connection owner = TestDatabase.asOwner()) {
            assertEquals(List.of(0L), TestDatabase.column(owner,
                    "select count(*) from auto_response.message_auto_response_cooldowns where user_id = ? and rule_id = ?", alice.id(), rule));
        }
    }

    /** Until the evaluation waits for a lock held by the open change (or has answered already, which the caller then checks). */
    private static void awaitAWaitingLock(CompletableFuture<Response> evaluation) throws SQLException {
        try (Connection observer = TestDatabase.asOwner()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> evaluation.isDone()
                    || ((Number) TestDatabase.column(observer, "select count(*) from pg_locks where not granted").get(0)).longValue() > 0);
        }
    }
}
