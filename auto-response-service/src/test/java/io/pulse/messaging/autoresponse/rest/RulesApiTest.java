package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RulesApiTest {

    @Test
    void createReadReplaceAndDeleteWithEveryConditionRoundTripping() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Everything", 20, "Hi {{sender.firstName | \"there\"}}, thanks for {{message.snippet}}");
        rule.put("conditions", Map.of(
                "keywords", Map.of("match", "all", "terms", List.of("invoice", "overdue"), "regex", "#\\d{4,}"),
                "senders", Map.of("domains", List.of("example.com"), "excludeEmails", List.of("boss@example.com")),
                "schedule", Map.of("days", List.of("friday", "saturday"), "start", "18:00", "end", "08:00", "timeZone", "Europe/Paris"),
                "dateRange", Map.of("from", "2026-07-01T00:00:00+02:00", "until", "2026-07-15T00:00:00+02:00"),
                "audience", "known_contacts",
                "channels", List.of("email", "chat")));
        rule.put("personalise", true);
        rule.put("tone", "formal");
        rule.put("timeZone", "Europe/Paris");
        rule.put("cooldownMinutes", 60);
        String id = alice.createRule(rule);

        alice.get("/rules/" + id).statusCode(200)
                .body("kind", equalTo("rule"))
                .body("name", equalTo("Everything"))
                .body("enabled", equalTo(true))
                .body("priority", equalTo(20))
                .body("conditions.keywords.match", equalTo("all"))
                .body("conditions.keywords.terms", contains("invoice", "overdue"))
                .body("conditions.keywords.regex", equalTo("#\\d{4,}"))
                .body("conditions.senders.domains", contains("example.com"))
                .body("conditions.senders.excludeEmails", contains("boss@example.com"))
                .body("conditions.schedule.days", contains("friday", "saturday"))
                .body("conditions.schedule.start", equalTo("18:00:00"))
                .body("conditions.schedule.timeZone", equalTo("Europe/Paris"))
                .body("conditions.dateRange.from", equalTo("2026-06-30T22:00:00Z"))
                .body("conditions.audience", equalTo("known_contacts"))
                .body("conditions.channels", contains("email", "chat"))
                .body("tone", equalTo("formal"))
                .body("personalise", equalTo(true))
                .body("cooldownMinutes", equalTo(60))
                .body("createdAt", notNullValue())
                .body("warnings", nullValue());

        Map<String, Object> replacement = rule("Replaced", 30, "Thanks!");
        alice.put("/rules/" + id, replacement).statusCode(200)
                .body("name", equalTo("Replaced")).body("conditions.keywords", nullValue()).body("cooldownMinutes", equalTo(1440))
                .body("tone", equalTo("friendly"));
        alice.delete("/rules/" + id).statusCode(204);
        alice.get("/rules/" + id).statusCode(404).contentType("application/problem+json");
        alice.delete("/rules/" + id).statusCode(404);
    }

    @Test
    void aNewRuleWasLastUpdatedWhenItWasCreatedAndAChangeMovesOnlyTheUpdateTime() {
        Api alice = Api.newUser();
        String id = alice.createRule(keywordRule("Pricing", 10, "See our prices.", "price"));
        String created = alice.get("/rules/" + id).statusCode(200).extract().path("createdAt");
        alice.get("/rules/" + id).statusCode(200).body("updatedAt", equalTo(created));

        alice.put("/rules/" + id, rule("Replaced", 30, "Thanks!")).statusCode(200).body("createdAt", equalTo(created));
        String updated = alice.get("/rules/" + id).statusCode(200).extract().path("updatedAt");
        assertTrue(Instant.parse(updated).isAfter(Instant.parse(created)), created + " then " + updated);
    }

    @Test
    void partialUpdateMergesAndEnableDisableToggle() {
        Api alice = Api.newUser();
        String id = alice.createRule(keywordRule("Pricing", 10, "See our prices.", "price"));
        alice.patch("/rules/" + id, Map.of("priority", 5, "name", "Prices")).statusCode(200)
                .body("priority", equalTo(5)).body("name", equalTo("Prices"))
                .body("conditions.keywords.terms", contains("price")).body("template", equalTo("See our prices."));
        Map<String, Object> removeKeywords = new HashMap<>();
        removeKeywords.put("conditions", Map.of("keywords", "x"));
        alice.patch("/rules/" + id, removeKeywords).statusCode(400).body("errors[0].field", equalTo("conditions.keywords"));
        alice.post("/rules/" + id + "/disable", "").statusCode(200).body("enabled", equalTo(false));
        alice.get("/rules?enabled=false").statusCode(200).body("items.id", contains(id));
        alice.get("/rules?enabled=true").statusCode(200).body("items", hasSize(0));
        alice.post("/rules/" + id + "/enable", "").statusCode(200).body("enabled", equalTo(true));
        alice.patch("/rules/" + id, Map.of("template", "Hi {{sender.nick}}")).statusCode(400)
                .body("errors[0].field", equalTo("template"));
        alice.patch("/rules/" + id, Map.of("priority", "high")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("priority"));
        alice.patch("/rules/" + id, Map.of("priority", 10001)).statusCode(400).body("errors[0].field", equalTo("priority"));
        alice.patch("/rules/" + id, Map.of("tone", "sarcastic")).statusCode(400).body("errors[0].field", equalTo("tone"));
        alice.patch("/rules/" + id, Map.of("timeZone", "Moon/Base")).statusCode(400).body("errors[0].field", equalTo("timeZone"));
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);
        alice.patch("/rules/" + id, noName).statusCode(400).body("errors[0].field", equalTo("name"));
        alice.request().body("[1, 2]").when().patch(Api.BASE + "/rules/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        alice.get("/rules/" + id).statusCode(200).body("template", equalTo("See our prices.")).body("priority", equalTo(5))
                .body("name", equalTo("Prices")).body("tone", equalTo("friendly")).body("timeZone", equalTo("UTC"));
    }

    @Test
    void generatedRepliesAreOptInPerRuleAndKeptByPartialUpdates() {
        Api alice = Api.newUser();
        String plain = alice.createRule(rule("Plain", 10, "See our prices."));
        alice.get("/rules/" + plain).statusCode(200).body("generatedReply", equalTo(false));
        Map<String, Object> generated = rule("Generated", 20, "See our prices.");
        generated.put("generatedReply", true);
        String id = alice.createRule(generated);
        alice.get("/rules/" + id).statusCode(200).body("generatedReply", equalTo(true));
        alice.patch("/rules/" + id, Map.of("name", "Prices")).statusCode(200).body("generatedReply", equalTo(true));
        alice.patch("/rules/" + id, Map.of("generatedReply", "yes")).statusCode(400).body("errors[0].field", equalTo("generatedReply"));
        // A full update from a client that does not know the field takes its default, like every other field.
        alice.put("/rules/" + id, rule("Prices", 20, "See our prices.")).statusCode(200).body("generatedReply", equalTo(false));
        // Without a model configured the rule's own text is sent, by the local engine.
        alice.patch("/rules/" + id, Map.of("generatedReply", true, "priority", 1)).statusCode(200);
        alice.post("/evaluate", Api.message("How much is it?")).statusCode(200).body("ruleId", equalTo(id))
                .body("text", equalTo("See our prices.")).body("engine", equalTo("local")).body("fallbackReason", nullValue());
    }

    @Test
    void badInputIsA400WithTheFieldsAndChangesNothing() {
        Api alice = Api.newUser();
        alice.post("/rules", Map.of("priority", 1)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("template"));
        alice.post("/rules", rule("x", 10, "Hello\n{{sender.nickname}}")).statusCode(400)
                .body("errors[0].field", equalTo("template"))
                .body("errors[0].message", containsString("unknown placeholder 'sender.nickname'"))
                .body("errors[0].message", containsString("line 2, column 3"));
        alice.post("/rules", rule("x", 10, "Hi {{sender.name")).statusCode(400)
                .body("errors[0].message", containsString("not closed")).body("errors[0].message", containsString("column 4"));
        alice.post("/rules", rule("x", 99999, "ok")).statusCode(400).body("errors[0].field", equalTo("priority"));
        alice.post("/rules", rule("x", -1, "ok")).statusCode(400).body("errors[0].field", equalTo("priority"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "priority", 99999999999L)).statusCode(400);
        alice.post("/rules", Map.of("name", "x", "template", "ok", "priority", "high")).statusCode(400)
                .body("errors[0].field", equalTo("priority"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "tone", "sarcastic")).statusCode(400)
                .body("errors[0].field", equalTo("tone")).body("errors[0].message", containsString("friendly"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "timeZone", "Mars/Olympus")).statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "colour", "red")).statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("schedule", Map.of("start", "09:00", "end", "17:00", "timeZone", "Nowhere/City")))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.schedule.timeZone"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("keywords", Map.of("regex", "(a".repeat(1) + "b".repeat(250))))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.keywords.regex"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("keywords", Map.of("regex", "([unclosed")))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.keywords.regex"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("keywords", Map.of("terms", List.of("ok", "?!"))))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.keywords.terms[1]"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("dateRange", Map.of("from", "2026-07-15T00:00:00Z", "until", "2026-07-01T00:00:00Z")))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.dateRange.until"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions", Map.of("audience", "vips"))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.audience"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions", Map.of("channels", List.of("E Mail")))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.channels[0]"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("senders", Map.of("emails", List.of("not-an-address"))))).statusCode(400)
                .body("errors[0].field", equalTo("conditions.senders.emails[0]"));
        alice.post("/rules", Map.of("name", "x", "template", "ok", "conditions",
                Map.of("schedule", Map.of("days", List.of("funday"), "start", "09:00", "end", "17:00", "timeZone", "UTC")))).statusCode(400);
        alice.post("/rules", Map.of("name", "x", "template", "x".repeat(5001))).statusCode(400).body("errors[0].field", equalTo("template"));
        alice.request().body("{\"name\": \"x\", ").when().post(Api.BASE + "/rules").then().statusCode(400)
                .contentType("application/problem+json");

        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void warnsWhenARuleCanNeverFireOrConflicts() {
        Api alice = Api.newUser();
        String catchAll = alice.createRule(rule("Catch-all", 1, "Thanks for your message."));
        alice.post("/rules", keywordRule("Pricing", 50, "Our prices...", "price")).statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("shadowed"))
                .body("warnings[0].otherRuleId", equalTo(catchAll))
                .body("warnings[0].message", containsString("never fire"));
        // Same priority but older: the catch-all still comes first and always matches.
        alice.post("/rules", keywordRule("Refunds", 1, "Refunds...", "refund")).statusCode(201)
                .body("warnings[0].code", equalTo("shadowed"));
        alice.post("/rules/" + catchAll + "/disable", "").statusCode(200);
        alice.post("/rules", keywordRule("Quotes", 60, "Quotes...", "quote")).statusCode(201).body("warnings", hasSize(0));
        // Two rules with one priority that can match the same message: only their age decides.
        alice.post("/rules", keywordRule("Quotes again", 60, "More quotes...", "estimate")).statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("conflict"))
                .body("warnings[0].otherRuleName", equalTo("Quotes"));
    }

    @Test
    void listsInEvaluationOrderWithFiltersAndKeysetPages() {
        Api alice = Api.newUser();
        String third = alice.createRule(rule("c third", 30, "c"));
        String first = alice.createRule(rule("a first", 10, "a"));
        String secondOlder = alice.createRule(rule("b second", 20, "b"));
        String secondNewer = alice.createRule(rule("b second too", 20, "b2"));
        String cursor = alice.get("/rules?limit=2").statusCode(200)
                .body("items.id", contains(first, secondOlder)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        alice.get("/rules?limit=2&cursor=" + cursor).statusCode(200)
                .body("items.id", contains(secondNewer, third)).body("nextCursor", nullValue());
        alice.get("/rules?q=SECOND").statusCode(200).body("items.id", contains(secondOlder, secondNewer));
        alice.request().queryParam("q", "100%_").when().get(Api.BASE + "/rules").then().statusCode(200).body("items", hasSize(0));
        alice.get("/rules?kind=out_of_office").statusCode(200).body("items", hasSize(0));
        alice.get("/rules?kind=weird").statusCode(400);
        alice.get("/rules?limit=0").statusCode(400).body("errors[0].field", equalTo("limit"));
        alice.get("/rules?cursor=garbage").statusCode(400);
    }
}
