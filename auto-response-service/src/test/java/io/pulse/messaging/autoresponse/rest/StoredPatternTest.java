package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.regexRule;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rules saved while patterns ran on {@code java.util.regex} may hold a pattern RE2 cannot run (a backreference, a
 * lookaround). Such a rule never matches, says why in dry runs and on every read and save of it, and never makes a
 * request fail; the user's other rules work as before.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class StoredPatternTest {

    /** What an older version of the service accepted and stored, written here as the owner role (the API refuses it now). */
    private static void storePattern(Api user, String ruleId, String pattern) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            TestDatabase.update(owner, "update auto_response.message_auto_responses set conditions = jsonb_set(conditions, "
                    + "'{keywords,regex}', to_jsonb(?::text)) where id = ?", pattern, UUID.fromString(ruleId));
            TestDatabase.update(owner, "update auto_response.message_auto_response_rule_versions set version = version + 1 where user_id = ?",
                    user.id());
        }
    }

    @Test
    void aStoredPatternTheEngineCannotRunNeverMatchesAndIsReported() throws SQLException {
        Api alice = Api.newUser();
        String refunds = alice.createRule(regexRule("Refunds", 1, "About your refund", "refund"));
        String general = alice.createRule(rule("General", 2, "Thanks for writing."));
        storePattern(alice, refunds, "(re)fund \\1");

        alice.post("/evaluate", message("refund re")).statusCode(200).body("reply", equalTo(true)).body("ruleId", equalTo(general));
        alice.post("/evaluate?dryRun=true", message("refund re")).statusCode(200)
                .body("ruleId", equalTo(general))
                .body("explanation[0].matched", equalTo(false))
                .body("explanation[0].conditions[0].reason", allOf(containsString("never matches"), containsString("backreferences")));
        alice.get("/rules/" + refunds).statusCode(200)
                .body("conditions.keywords.regex", equalTo("(re)fund \\1"))
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("unsupported_pattern"))
                .body("warnings[0].message", containsString("conditions.keywords.regex"));
        alice.get("/rules/" + general).statusCode(200).body("warnings", nullValue());
        // Saving any rule analyses all of them: the unsupported one is left out, never a 500.
        alice.post("/rules/" + refunds + "/disable", "").statusCode(200).body("enabled", equalTo(false))
                .body("warnings[0].code", equalTo("unsupported_pattern"));
        alice.post("/rules/" + refunds + "/enable", "").statusCode(200).body("warnings[0].code", equalTo("unsupported_pattern"));
        alice.post("/rules", rule("Another", 3, "Hello.")).statusCode(201);
        alice.patch("/rules/" + general, Map.of("priority", 5)).statusCode(200);
        // A change to the rule itself is validated: the pattern must be fixed, and then the rule works.
        alice.patch("/rules/" + refunds, Map.of("priority", 0)).statusCode(400).body("errors[0].field", equalTo("conditions.keywords.regex"));
        alice.patch("/rules/" + refunds, Map.of("conditions", Map.of("keywords", Map.of("regex", "re(fund)? re")))).statusCode(200)
                .body("warnings", hasSize(0));
        alice.post("/evaluate", message("refund re")).statusCode(200).body("ruleId", equalTo(refunds));
    }
}
