package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.JsonGolden;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The JSON of this service's hot endpoints, byte for byte (ids and instants masked): recorded from the reflective
 * serializers, then proven unchanged with the generated ones and with the rule list read on the SQL client. Covers null
 * boxed fields, {@code @JsonProperty} enum names, {@code @JsonInclude} fields, nested lists and maps, problem+json.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class JsonContractTest {

    @Test
    void rulesFirstAndLaterPages() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 5, "Hi {{sender.firstName}}, prices are online.", "price", "cost"));
        Map<String, Object> full = rule("Everything", 10, "Thanks for your message.");
        full.put("internalTemplate", "Internal: {{sender.name}}");
        full.put("replySubject", "About your message");
        full.put("personalise", true);
        full.put("tone", "formal");
        full.put("timeZone", "Europe/Berlin");
        full.put("cooldownMinutes", 30);
        full.put("enabled", false);
        alice.createRule(full);
        alice.put("/out-of-office", Map.of("message", "I am away.", "from", "2030-01-01T00:00:00Z")).statusCode(200);

        String first = alice.request().queryParam("limit", 2).get(Api.BASE + "/rules").then().statusCode(200).extract().asString();
        JsonGolden.assertMatches("rules-page-1", first);
        String cursor = io.restassured.path.json.JsonPath.from(first).getString("nextCursor");
        String second = alice.request().queryParam("limit", 2).queryParam("cursor", cursor).get(Api.BASE + "/rules")
                .then().statusCode(200).extract().asString();
        JsonGolden.assertMatches("rules-page-2", second);
        JsonGolden.assertMatches("rules-filtered", alice.request().queryParam("enabled", "false").queryParam("q", "every")
                .get(Api.BASE + "/rules").then().statusCode(200).extract().asString());
    }

    @Test
    void ruleWithWarningsAndAProblem() {
        Api alice = Api.newUser();
        alice.createRule(rule("All", 1, "First."));
        JsonGolden.assertMatches("rule-saved-with-warnings", alice.post("/rules", rule("Shadowed", 2, "Second."))
                .statusCode(201).extract().asString());
        JsonGolden.assertMatches("problem-not-found", alice.get("/rules/" + UUID.randomUUID()).statusCode(404).extract().asString());
        JsonGolden.assertMatches("problem-invalid", alice.post("/rules", rule("Bad", 1, "Hi {{nope}}")).statusCode(400)
                .extract().asString());
        JsonGolden.assertMatches("problem-unknown-field", alice.post("/rules", with(rule("X", 1, "Y."), "colour", "red"))
                .statusCode(400).extract().asString());
    }

    @Test
    void evaluationsBatchesAndTheLog() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 5, "Hi {{sender.firstName}}, prices are online.", "price"));
        Map<String, Object> priced = with(message("What is the price?"), "subject", "Prices");
        JsonGolden.assertMatches("evaluation-sent", alice.post("/evaluate", priced).statusCode(200).extract().asString());
        JsonGolden.assertMatches("evaluation-no-match", alice.post("/evaluate", message("hello")).statusCode(200).extract().asString());
        JsonGolden.assertMatches("evaluation-dry-run", alice.request().queryParam("dryRun", true).body(with(priced, "messageId",
                UUID.randomUUID().toString())).post(Api.BASE + "/evaluate").then().statusCode(200).extract().asString());
        Map<String, Object> again = with(priced, "messageId", UUID.randomUUID().toString());
        Map<String, Object> looped = with(message("price?"), "autoSubmitted", "auto-replied");
        JsonGolden.assertMatches("evaluation-batch", alice.post("/evaluate/batch", Map.of("messages", List.of(again, looped,
                message("nothing"), message("Another price question")))).statusCode(200).extract().asString());
        JsonGolden.assertMatches("log-page", alice.request().queryParam("limit", 2).get(Api.BASE + "/log").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void suggestions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", "Could we move our Thursday 2pm sync to Friday morning?");
        body.put("senderName", "Priya Nair");
        JsonGolden.assertMatches("suggestions", Api.newUser().post("/suggestions", body).statusCode(200).extract().asString());
    }
}
