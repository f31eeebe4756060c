package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every save analyses all of a user's rules and every evaluation may check them all: a user has at most 1,000. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RuleLimitTest {

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
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, """
                    insert into auto_response.message_auto_responses (id, user_id, created_at, updated_at, name, response_template, enabled)
                    select gen_random_uuid(), ?, now(), now(), 'rule ' || n, 'x', false from generate_series(1, 999) n""", alice.id());
        }
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
}
