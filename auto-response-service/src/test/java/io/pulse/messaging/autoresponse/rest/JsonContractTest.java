package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.JsonGolden;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The JSON of this service's hot endpoints, byte for byte (ids masked; instants keep their shape, only their digits are
 * masked): recorded from the reflective serializers; the rule-list goldens were checked against the code before the list
 * moved to the SQL client (commit fa57d17). Covers null boxed fields, {@code @JsonProperty} enum names,
 * {@code @JsonInclude} fields, nested lists and maps, problem+json.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class JsonContractTest {

    private static final Pattern INSTANT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})");

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
        assertShape("rules-page-1", first);
        String cursor = io.restassured.path.json.JsonPath.from(first).getString("nextCursor");
        String second = alice.request().queryParam("limit", 2).queryParam("cursor", cursor).get(Api.BASE + "/rules")
                .then().statusCode(200).extract().asString();
        assertShape("rules-page-2", second);
        assertShape("rules-filtered", alice.request().queryParam("enabled", "false").queryParam("q", "every")
                .get(Api.BASE + "/rules").then().statusCode(200).extract().asString());
    }

    @Test
    void ruleWithWarningsAndAProblem() {
        Api alice = Api.newUser();
        alice.createRule(rule("All", 1, "First."));
        assertShape("rule-saved-with-warnings", alice.post("/rules", rule("Shadowed", 2, "Second."))
                .statusCode(201).extract().asString());
        assertShape("problem-not-found", alice.get("/rules/" + UUID.randomUUID()).statusCode(404).extract().asString());
        assertShape("problem-invalid", alice.post("/rules", rule("Bad", 1, "Hi {{nope}}")).statusCode(400)
                .extract().asString());
        assertShape("problem-unknown-field", alice.post("/rules", with(rule("X", 1, "Y."), "colour", "red"))
                .statusCode(400).extract().asString());
    }

    @Test
    void evaluationsBatchesAndTheLog() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 5, "Hi {{sender.firstName}}, prices are online.", "price"));
        Map<String, Object> priced = with(message("What is the price?"), "subject", "Prices");
        assertShape("evaluation-sent", alice.post("/evaluate", priced).statusCode(200).extract().asString());
        assertShape("evaluation-no-match", alice.post("/evaluate", message("hello")).statusCode(200).extract().asString());
        assertShape("evaluation-dry-run", alice.request().queryParam("dryRun", true).body(with(priced, "messageId",
                UUID.randomUUID().toString())).post(Api.BASE + "/evaluate").then().statusCode(200).extract().asString());
        Map<String, Object> again = with(priced, "messageId", UUID.randomUUID().toString());
        Map<String, Object> looped = with(message("price?"), "autoSubmitted", "auto-replied");
        assertShape("evaluation-batch", alice.post("/evaluate/batch", Map.of("messages", List.of(again, looped,
                message("nothing"), message("Another price question")))).statusCode(200).extract().asString());
        assertShape("log-page", alice.request().queryParam("limit", 2).get(Api.BASE + "/log").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void ruleInstantsKeepTheDatabasesMicroseconds() {
        Api alice = Api.newUser();
        for (int i = 0; i < 6; i++) {
            alice.createRule(rule("R" + i, i + 1, "Text."));
        }
        String list = alice.get("/rules").statusCode(200).extract().asString();
        Matcher instants = INSTANT.matcher(list);
        int longest = 0;
        while (instants.find()) {
            longest = Math.max(longest, instants.group(2) == null ? 0 : instants.group(2).length());
        }
        assertTrue(longest > 3 && longest <= 6, "twelve instants written with at most " + longest + " fraction digits: " + list);
    }

    @Test
    void suggestions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", "Could we move our Thursday 2pm sync to Friday morning?");
        body.put("senderName", "Priya Nair");
        assertShape("suggestions", Api.newUser().post("/suggestions", body).statusCode(200).extract().asString());
    }

    /**
     * {@link JsonGolden#assertMatches} with each instant's digits masked but its shape kept: seconds, a fraction (its digits
     * shown as six, the microseconds the database keeps: the serializer drops trailing zeros, so the count varies; more
     * than six would show as nine), the offset as written ({@code Z} or {@code +01:00}).
     */
    private static void assertShape(String name, String body) {
        Matcher instants = INSTANT.matcher(body);
        StringBuilder shaped = new StringBuilder();
        while (instants.find()) {
            String fraction = instants.group(2) == null ? "" : instants.group(2).length() <= 6 ? ".dddddd" : ".ddddddddd";
            instants.appendReplacement(shaped, Matcher.quoteReplacement(
                    instants.group(1).replaceAll("\\d", "d") + fraction + instants.group(3).replaceAll("\\d", "d")));
        }
        instants.appendTail(shaped);
        JsonGolden.assertMatches(name, shaped.toString());
    }
}
