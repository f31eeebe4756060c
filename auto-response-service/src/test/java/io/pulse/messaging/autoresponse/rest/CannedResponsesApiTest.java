package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 18: a library of saved replies that rules reference. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CannedResponsesApiTest {

    private static Map<String, Object> canned(String name, String template, String... tags) {
        return Map.of("name", name, "template", template, "tags", List.of(tags));
    }

    private static Map<String, Object> usingCanned(String name, String cannedId) {
        Map<String, Object> rule = rule(name, 10, null);
        rule.remove("template");
        rule.put("cannedResponseId", cannedId);
        rule.put("cooldownMinutes", 0);
        return rule;
    }

    @Test
    void aRuleAnswersWithTheCannedResponseAndFollowsItsChanges() {
        Api alice = Api.newUser();
        String id = alice.post("/canned-responses", canned("Prices", "Hi {{sender.firstName}}, see example.com/prices.", "sales", "sales"))
                .statusCode(201).body("tags", equalTo(List.of("sales"))).body("createdAt", notNullValue()).extract().path("id");
        String ruleId = alice.post("/rules", usingCanned("Pricing", id)).statusCode(201)
                .body("cannedResponseId", equalTo(id)).body("template", equalTo("Hi {{sender.firstName}}, see example.com/prices."))
                .extract().path("id");
        alice.post("/evaluate", message("price?")).statusCode(200).body("text", equalTo("Hi Anna, see example.com/prices."));

        alice.put("/canned-responses/" + id, canned("Prices", "Hello {{sender.firstName}}, prices are at example.com/p2.")).statusCode(200);
        alice.get("/rules/" + ruleId).statusCode(200).body("template", equalTo("Hello {{sender.firstName}}, prices are at example.com/p2."));
        alice.get("/rules").statusCode(200).body("items[0].cannedResponseId", equalTo(id));
        alice.post("/evaluate", message("price?")).statusCode(200).body("text", equalTo("Hello Anna, prices are at example.com/p2."));

        // A partial update keeps the reference; giving a template of its own means dropping it.
        alice.patch("/rules/" + ruleId, Map.of("priority", 5)).statusCode(200).body("cannedResponseId", equalTo(id));
        alice.patch("/rules/" + ruleId, Map.of("template", "Own text.")).statusCode(400).body("errors.field", hasItem("template"));
        java.util.HashMap<String, Object> own = new java.util.HashMap<>();
        own.put("template", "Own text.");
        own.put("cannedResponseId", null);
        alice.patch("/rules/" + ruleId, own).statusCode(200).body("cannedResponseId", nullValue()).body("template", equalTo("Own text."));
        alice.put("/canned-responses/" + id, canned("Prices", "Changed again.")).statusCode(200);
        alice.get("/rules/" + ruleId).statusCode(200).body("template", equalTo("Own text."));
    }

    @Test
    void aCannedResponseInUseCannotBeDeleted() {
        Api alice = Api.newUser();
        String id = alice.post("/canned-responses", canned("Thanks", "Thanks!")).statusCode(201).extract().path("id");
        String ruleId = alice.post("/rules", usingCanned("Thank them", id)).statusCode(201).extract().path("id");
        alice.delete("/canned-responses/" + id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Thank them")).body("detail", containsString(ruleId));
        alice.get("/canned-responses/" + id).statusCode(200);
        alice.delete("/rules/" + ruleId).statusCode(204);
        alice.delete("/canned-responses/" + id).statusCode(204);
        alice.get("/canned-responses/" + id).statusCode(404);
    }

    @Test
    void badInputIs400AndChangesNothing() {
        Api alice = Api.newUser();
        alice.post("/canned-responses", canned("Bad", "Hi {{sender.nickname}}")).statusCode(400)
                .body("errors.field", hasItem("template")).body("errors.message", hasItem(containsString("line 1")));
        alice.post("/canned-responses", Map.of("name", "No template")).statusCode(400);
        alice.post("/canned-responses", canned("", "x")).statusCode(400);
        String id = alice.post("/canned-responses", canned("Ok", "Fine.")).statusCode(201).extract().path("id");
        alice.put("/canned-responses/" + id, canned("Ok", "Hi {{oops")).statusCode(400);
        alice.get("/canned-responses/" + id).statusCode(200).body("template", equalTo("Fine."));

        Map<String, Object> both = usingCanned("Both", id);
        both.put("template", "Own.");
        alice.post("/rules", both).statusCode(400).body("errors.field", hasItem("template"));
        Map<String, Object> neither = rule("Neither", 10, null);
        neither.remove("template");
        alice.post("/rules", neither).statusCode(400).body("errors.field", hasItem("template"));
        alice.post("/rules", usingCanned("Unknown", java.util.UUID.randomUUID().toString())).statusCode(400)
                .body("errors.field", hasItem("cannedResponseId"));
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void canedResponsesPageAndAreInvisibleToOthers() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        for (int i = 0; i < 3; i++) {
            alice.post("/canned-responses", canned("Reply " + i, "Text " + i + ".")).statusCode(201);
        }
        String cursor = alice.get("/canned-responses?limit=2").statusCode(200).body("items.name", equalTo(List.of("Reply 2", "Reply 1")))
                .extract().path("nextCursor");
        alice.get("/canned-responses?limit=2&cursor=" + cursor).statusCode(200).body("items.name", equalTo(List.of("Reply 0")))
                .body("nextCursor", nullValue());
        String id = alice.get("/canned-responses").extract().path("items[0].id");
        bob.get("/canned-responses/" + id).statusCode(404).contentType("application/problem+json");
        bob.put("/canned-responses/" + id, canned("Mine", "Mine.")).statusCode(404);
        bob.delete("/canned-responses/" + id).statusCode(404);
        bob.get("/canned-responses").statusCode(200).body("items", hasSize(0));
        bob.post("/rules", usingCanned("Borrowed", id)).statusCode(400).body("errors.field", hasItem("cannedResponseId"));
        alice.get("/canned-responses/" + id).statusCode(200).body("template", equalTo("Text 2."));
    }

    @Test
    void suggestionsOfferTheCannedResponsesThatFitWithAReason() {
        Api alice = Api.newUser();
        alice.post("/suggestions", Map.of("content", "What is the price of the premium plan?")).statusCode(200)
                .body("cannedResponses", hasSize(0)).body("suggestions.size()", org.hamcrest.Matchers.greaterThan(0));
        String prices = alice.post("/canned-responses", canned("Price list", "Hi {{sender.firstName}}, our prices are at example.com/prices.",
                "sales")).statusCode(201).extract().path("id");
        String refunds = alice.post("/canned-responses", canned("Money back", "We will look into it within two days.", "refund"))
                .statusCode(201).extract().path("id");
        alice.post("/canned-responses", canned("Holidays", "The office is closed in August.")).statusCode(201);

        alice.post("/suggestions", Map.of("content", "What is the price of the premium plan?")).statusCode(200)
                .body("cannedResponses.id", equalTo(List.of(prices)))
                .body("cannedResponses[0].reason", containsString("'price'"))
                .body("suggestions.size()", org.hamcrest.Matchers.greaterThan(0));
        alice.post("/suggestions", Map.of("content", "I want a refund for order 12345, it arrived broken.")).statusCode(200)
                .body("cannedResponses.id", hasItem(refunds))
                .body("cannedResponses.find { it.id == '" + refunds + "' }.reason", containsString("tagged 'refund'"));
        Api.newUser().post("/suggestions", Map.of("content", "What is the price of the premium plan?")).statusCode(200)
                .body("cannedResponses", hasSize(0));
    }
}
