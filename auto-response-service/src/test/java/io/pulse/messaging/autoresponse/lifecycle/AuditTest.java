package io.pulse.messaging.autoresponse.lifecycle;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every change to a user's rules and out-of-office reply is in their audit trail: field names, and values of settings only. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTest {

    @Test
    void ruleChangesAreRecordedNewestFirstWithTheChangedFieldsAndNoText() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String rule = alice.createRule(keywordRule("Alice's secret rule", 5, "Alice's secret template.", "secretword"));
        alice.patch("/rules/" + rule, Map.of("priority", 7, "template", "Another secret template.")).statusCode(200);
        alice.post("/rules/" + rule + "/disable", "").statusCode(200);
        alice.post("/rules/" + rule + "/disable", "").statusCode(200); // no change, no entry
        Map<String, Object> all = keywordRule("Alice's secret rule", 7, "Another secret template.", "secretword", "secretphrase");
        all.put("enabled", false);
        all.put("conditions", Map.of("keywords", Map.of("match", "all", "terms", List.of("secretword", "secretphrase"))));
        alice.put("/rules/" + rule, all).statusCode(200);
        alice.put("/rules/" + rule, all).statusCode(200); // the same again: no entry
        alice.post("/rules/" + rule + "/enable", "").statusCode(200);
        alice.delete("/rules/" + rule).statusCode(204);

        String page = alice.get("/audit").statusCode(200)
                .body("items.action", equalTo(List.of("rule.deleted", "rule.enabled", "rule.updated", "rule.disabled", "rule.updated",
                        "rule.created")))
                .body("items.targetId", equalTo(List.of(rule, rule, rule, rule, rule, rule)))
                .body("items.targetType", everyRule())
                .body("items.actor", equalTo(java.util.Collections.nCopies(6, "user:" + alice.id())))
                .body("items[1].changes", equalTo(Map.of("fields", List.of("enabled"), "enabled", true)))
                .body("items[2].changes", equalTo(Map.of("fields", List.of("conditions.keywords"), "keywordMatch", "all")))
                .body("items[3].changes", equalTo(Map.of("fields", List.of("enabled"), "enabled", false)))
                .body("items[4].changes", equalTo(Map.of("fields", List.of("priority", "template"), "priority", 7)))
                .body("items[5].changes.fields", hasItems("name", "enabled", "priority", "conditions.keywords", "template"))
                .body("items[5].changes.priority", equalTo(5))
                .body("items[5].changes.enabled", equalTo(true))
                .body("items[5].changes.template", nullValue())
                .extract().asString();
        assertFalse(page.toLowerCase().contains("secret"), "no name, template or keyword in the trail: " + page);

        String cursor = alice.get("/audit?limit=4").statusCode(200).body("items.size()", equalTo(4)).extract().path("nextCursor");
        alice.request().queryParam("limit", 4).queryParam("cursor", cursor).when().get(Api.BASE + "/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("rule.updated", "rule.created")), "nextCursor", nullValue());
        bob.get("/audit").statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void outOfOfficeChangesAreRecordedWithTheChangedFieldNames() {
        Api alice = Api.newUser();
        Map<String, Object> away = new HashMap<>(Map.of("message", "Alice is sailing in secret.", "cooldownMinutes", 60));
        alice.put("/out-of-office", away).statusCode(200);
        away.put("enabled", false);
        alice.put("/out-of-office", away).statusCode(200);
        away.put("enabled", true);
        away.put("message", "Alice is still sailing in secret.");
        away.put("audience", "known_contacts");
        alice.put("/out-of-office", away).statusCode(200);
        alice.delete("/out-of-office").statusCode(204);

        String page = alice.get("/audit").statusCode(200)
                .body("items.action", equalTo(List.of("out_of_office.deleted", "out_of_office.updated", "out_of_office.disabled",
                        "out_of_office.created")))
                .body("items.targetType", equalTo(java.util.Collections.nCopies(4, "out_of_office")))
                .body("items[1].changes", equalTo(Map.of("fields", List.of("enabled", "message", "audience", "externalAudience"),
                        "enabled", true, "audience", "known_contacts", "externalAudience", "contacts_only")))
                .body("items[2].changes", equalTo(Map.of("fields", List.of("enabled"), "enabled", false)))
                .body("items[3].changes.fields", hasItems("enabled", "message", "cooldownMinutes"))
                .body("items[3].changes.cooldownMinutes", equalTo(60))
                .extract().asString();
        assertFalse(page.toLowerCase().contains("sailing"), page);
        assertEquals(-1, page.indexOf("secret"), page);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static org.hamcrest.Matcher everyRule() {
        return equalTo(java.util.Collections.nCopies(6, "rule"));
    }
}
