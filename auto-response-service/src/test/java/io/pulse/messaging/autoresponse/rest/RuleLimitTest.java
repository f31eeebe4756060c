package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every save analyses all of a user's rules and every evaluation may check them all: a user has at most 1,000, and a dry
 * run, which explains every rule for every message, at most 20,000 verdicts.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RuleLimitTest {

    private static void insertRules(Api user, int count, boolean enabled) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template, enabled)
                    select gen_random_uuid(), ?, now(), now(), 'rule ' || n, 'x', ? from generate_series(1, ?) n""", user.id(), enabled, count);
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_response_rule_versions (user_id, version) values (?, 1)
                    on conflict (user_id) do update set version = message_auto_response_rule_versions.version + 1""", user.id());
        }
    }

    private static long rulesOf(Api user) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            return ((Number) TestDatabase.column(owner, "select count(*) from auto_response.message_auto_responses where user_id = ?",
                    user.id()).get(0)).longValue();
        }
    }

    @Test
    void aUserWithTheMostRulesCannotCreateAnotherUntilOneIsDeleted() throws SQLException {
        Api alice = Api.newUser();
        String first = alice.createRule(rule("First", 1, "x"));
        insertRules(alice, 999, false);
        alice.post("/rules", rule("One too many", 1, "x")).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("1000"));
        alice.put("/out-of-office", Map.of("message", "Away.")).statusCode(422);
        assertEquals(1000, rulesOf(alice));
        // Changing an existing rule is not creating one.
        alice.patch("/rules/" + first, Map.of("priority", 2)).statusCode(200);
        alice.delete("/rules/" + first).statusCode(204);
        alice.put("/out-of-office", Map.of("message", "Away.")).statusCode(200);
        alice.put("/out-of-office", Map.of("message", "Still away.")).statusCode(200).body("message", equalTo("Still away."));
        alice.post("/rules", rule("One too many", 1, "x")).statusCode(422);
        assertEquals(1000, rulesOf(alice));
        alice.get("/rules?limit=1&enabled=true").statusCode(200).body("items.name", equalTo(List.of("Out of office")));
    }

    @Test
    void aDryRunExplainingMoreThanTheVerdictLimitIsRefusedBeforeAnyWork() throws SQLException {
        Api alice = Api.newUser();
        insertRules(alice, 200, true);
        List<Map<String, Object>> messages = new ArrayList<>();
        while (messages.size() < 101) { // 101 x 200 verdicts, each with its reasons, in one answer: above 20,000
            messages.add(message("hello"));
        }
        alice.post("/evaluate/batch?dryRun=true", Map.of("messages", messages)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:pulse:problem:evaluation-too-costly"))
                .body("detail", containsString("20000"));
        alice.post("/evaluate/batch?dryRun=true", Map.of("messages", messages.subList(0, 100))).statusCode(200)
                .body("results", hasSize(100)).body("results[99].explanation", hasSize(200));
        alice.get("/log").statusCode(200).body("items", hasSize(0));
    }
}
