package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed evaluation input is a 400 naming what is wrong, and evaluates nothing. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class EvaluationBadInputTest {

    @Test
    void dryRunIsTrueOrFalseAndAnythingElseEvaluatesNothing() {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks"));
        Map<String, Object> m = message("hello");
        for (String notABoolean : List.of("1", "yes", "on", "tru", "TRUE")) {
            alice.request().body(m).when().post(Api.BASE + "/evaluate?dryRun=" + notABoolean).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("dryRun"));
            alice.request().body(Map.of("messages", List.of(m))).when().post(Api.BASE + "/evaluate/batch?dryRun=" + notABoolean)
                    .then().statusCode(400);
        }
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(0));
        alice.request().body(m).when().post(Api.BASE + "/evaluate?dryRun=true").then().statusCode(200);
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(0));
        alice.request().body(m).when().post(Api.BASE + "/evaluate?dryRun=false").then().statusCode(200).body("reply", equalTo(true));
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aSendTimeOutsideTheYears1970To9999IsInvalid() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Office hours", 1, "We are closed");
        rule.put("conditions", Map.of("schedule", Map.of("timeZone", "Europe/Paris", "days", List.of("monday", "tuesday"),
                "start", "09:00", "end", "17:00")));
        alice.createRule(rule);
        for (String extreme : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            Map<String, Object> m = with(message("hello"), "sentAt", extreme);
            alice.request().body(m).when().post(Api.BASE + "/evaluate?dryRun=true").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("sentAt"));
        }
    }

    @Test
    void aHeaderWithoutAValueIsInvalidAndNothingIsLogged() {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks"));
        Map<String, String> headers = new HashMap<>();
        headers.put("List-Id", null);
        Map<String, Object> m = with(message("hello"), "headers", headers);
        alice.post("/evaluate", m).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("headers")));
        alice.post("/evaluate/batch", Map.of("messages", List.of(m))).statusCode(400);
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(0));
    }
}
