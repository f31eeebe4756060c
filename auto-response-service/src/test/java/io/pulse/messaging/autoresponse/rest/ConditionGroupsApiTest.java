package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Condition groups: "meet ALL" / "meet ANY", nested one level, explained member by member in dry runs, with limits. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ConditionGroupsApiTest {

    private static Map<String, Object> terms(String... terms) {
        return Map.of("keywords", Map.of("terms", List.of(terms)));
    }

    /** billing words AND (on chat OR (refund AND urgent)). */
    private static Map<String, Object> billingRule() {
        Map<String, Object> rule = rule("Billing", 10, "Billing will answer you today.");
        rule.put("conditions", Map.of("keywords", Map.of("terms", List.of("invoice", "refund")),
                "any", List.of(Map.of("channels", List.of("chat")), Map.of("all", List.of(terms("refund"), terms("urgent"))))));
        return rule;
    }

    @Test
    void anyAndNestedAllDecideTogetherWithTheTopLevelConditions() {
        Api alice = Api.newUser();
        String id = alice.createRule(billingRule());
        alice.get("/rules/" + id).statusCode(200).body("conditions.any", hasSize(2))
                .body("conditions.any[1].all[1].keywords.terms[0]", equalTo("urgent"));
        alice.post("/evaluate", with(message("Where is my invoice?"), "channel", "chat")).statusCode(200)
                .body("reply", equalTo(true)).body("ruleId", equalTo(id));
        alice.post("/evaluate", message("Where is my invoice?")).statusCode(200).body("reply", equalTo(false));
        alice.post("/evaluate", message("Urgent: my refund, please")).statusCode(200).body("reply", equalTo(true));
        alice.post("/evaluate", message("My refund, please")).statusCode(200).body("reply", equalTo(false));
        alice.post("/evaluate", with(message("urgent question"), "channel", "chat")).statusCode(200).body("reply", equalTo(false));
    }

    @Test
    void allGroupNeedsEveryItem() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Both", 10, "ok");
        rule.put("conditions", Map.of("all", List.of(terms("alpha"), terms("beta"))));
        alice.createRule(rule);
        alice.post("/evaluate", message("alpha and beta")).statusCode(200).body("reply", equalTo(true));
        alice.post("/evaluate", message("alpha only")).statusCode(200).body("reply", equalTo(false));
    }

    @Test
    void dryRunShowsEachGroupsVerdictAndEachMembers() {
        Api alice = Api.newUser();
        alice.createRule(billingRule());
        String base = "explanation[0].conditions.find { it.condition == 'any' }";
        alice.post("/evaluate?dryRun=true", message("My refund, please")).statusCode(200)
                .body("reply", equalTo(false))
                .body("explanation[0].matched", equalTo(false))
                .body(base + ".passed", equalTo(false))
                .body(base + ".reason", containsString("any of 2"))
                .body(base + ".members", hasSize(2))
                .body(base + ".members[0].condition", equalTo("channels"))
                .body(base + ".members[0].passed", equalTo(false))
                .body(base + ".members[1].condition", equalTo("all"))
                .body(base + ".members[1].passed", equalTo(false))
                .body(base + ".members[1].members[0].passed", equalTo(true))
                .body(base + ".members[1].members[1].passed", equalTo(false))
                .body(base + ".members[1].members[1].condition", equalTo("keywords"));
        alice.post("/evaluate?dryRun=true", message("urgent refund")).statusCode(200)
                .body("reply", equalTo(true)).body(base + ".passed", equalTo(true));
    }

    @Test
    void groupsNestOneLevelOnly() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Too deep", 10, "x");
        rule.put("conditions", Map.of("any", List.of(Map.of("all", List.of(Map.of("any", List.of(terms("deep"))))))));
        alice.post("/rules", rule).statusCode(400).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("conditions.any[0].all[0].any"));
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void groupsAndConditionsHaveLimits() {
        Api alice = Api.newUser();
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            items.add(terms("w" + i));
        }
        Map<String, Object> wide = rule("Wide", 10, "x");
        wide.put("conditions", Map.of("any", items));
        alice.post("/rules", wide).statusCode(400).body("errors.field", hasItem("conditions.any"));

        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> nested = new HashMap<>();
            nested.put("all", items.subList(0, 10));
            many.add(nested);
        }
        Map<String, Object> large = rule("Large", 10, "x");
        large.put("conditions", Map.of("all", many));
        alice.post("/rules", large).statusCode(400).body("errors.field", hasItem("conditions"))
                .body("errors.message", hasItem(containsString("at most 50")));

        Map<String, Object> empty = rule("Empty", 10, "x");
        empty.put("conditions", Map.of("any", List.of()));
        alice.post("/rules", empty).statusCode(400).body("errors.field", hasItem("conditions.any"));
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }
}
