package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.fresh;
import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static org.hamcrest.Matchers.contains;
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

/** Rule actions: reply (the default), tag, skip_other_rules, in evaluate, batch and dry run, and in the log. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class RuleActionsApiTest {

    private static Map<String, Object> tagRule(String name, int priority, List<Object> actions, String... terms) {
        Map<String, Object> rule = keywordRule(name, priority, null, terms);
        rule.remove("template");
        rule.put("actions", actions);
        return rule;
    }

    private static Map<String, Object> tag(String... tags) {
        return Map.of("type", "tag", "tags", List.of(tags));
    }

    @Test
    void aRuleWithoutActionsReplies() {
        Api alice = Api.newUser();
        String id = alice.createRule(rule("Plain", 10, "hello"));
        alice.get("/rules/" + id).statusCode(200).body("actions.type", contains("reply"));
    }

    @Test
    void tagsOfEveryMatchingRuleApplyAndTheFirstReplyingRuleAnswers() {
        Api alice = Api.newUser();
        alice.createRule(tagRule("Billing tag", 1, List.of(tag("billing")), "invoice"));
        String answering = alice.createRule(keywordRule("Invoices", 10, "We will send it.", "invoice"));
        Map<String, Object> after = keywordRule("Urgent", 20, "Later.", "urgent");
        after.put("actions", List.of(Map.of("type", "reply"), tag("urgent", "billing")));
        alice.createRule(after);
        String logId = alice.post("/evaluate", message("urgent: invoice missing")).statusCode(200)
                .body("reply", equalTo(true)).body("ruleId", equalTo(answering))
                .body("tags", contains("billing", "urgent")).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("status", equalTo("sent")).body("tags", contains("billing", "urgent"));
        alice.post("/evaluate", message("hello")).statusCode(200).body("tags", nullValue());
    }

    @Test
    void aTagOnlyMatchIsLoggedWithoutReply() {
        Api alice = Api.newUser();
        alice.createRule(tagRule("Billing tag", 1, List.of(tag("billing")), "invoice"));
        String logId = alice.post("/evaluate", message("my invoice")).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("no_reply_action")).body("tags", contains("billing"))
                .body("logId", notNullValue()).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("status", equalTo("suppressed")).body("reason", equalTo("no_reply_action"))
                .body("tags", contains("billing"));
        alice.get("/log?reason=no_reply_action").statusCode(200).body("items", hasSize(1));
    }

    @Test
    void skipOtherRulesStopsEvaluationAfterTheRule() {
        Api alice = Api.newUser();
        alice.createRule(tagRule("VIP", 1, List.of(tag("vip"), Map.of("type", "skip_other_rules")), "ceo"));
        alice.createRule(tagRule("Billing tag", 5, List.of(tag("billing")), "invoice"));
        alice.createRule(rule("Everyone", 10, "Thanks!"));
        alice.post("/evaluate", message("the ceo asks about the invoice")).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("no_reply_action")).body("tags", contains("vip"));
        alice.post("/evaluate", message("an invoice")).statusCode(200)
                .body("reply", equalTo(true)).body("tags", contains("billing"));
        alice.post("/evaluate?dryRun=true", message("the ceo asks about the invoice")).statusCode(200)
                .body("tags", contains("vip"))
                .body("explanation[0].appliedActions", contains("tag", "skip_other_rules"))
                .body("explanation[1].matched", equalTo(false))
                .body("explanation[1].conditions[0].condition", equalTo("skipped"));
    }

    @Test
    void aReplyingRuleThatSkipsStopsLaterTags() {
        Api alice = Api.newUser();
        Map<String, Object> first = rule("First", 1, "Hi");
        first.put("actions", List.of(Map.of("type", "reply"), Map.of("type", "skip_other_rules")));
        alice.createRule(first);
        alice.createRule(tagRule("Tag", 5, List.of(tag("later")), "hello"));
        alice.post("/evaluate", message("hello")).statusCode(200).body("reply", equalTo(true)).body("tags", nullValue());
    }

    @Test
    void batchesCarryEachMessagesTags() {
        Api alice = Api.newUser();
        alice.createRule(tagRule("Billing tag", 1, List.of(tag("billing")), "invoice"));
        alice.createRule(keywordRule("Hello", 10, "Hi!", "hello"));
        Map<String, Object> a = message("invoice please");
        Map<String, Object> b = message("hello");
        alice.post("/evaluate/batch", Map.of("messages", List.of(a, b, fresh(a)))).statusCode(200)
                .body("results[0].tags", contains("billing")).body("results[0].reason", equalTo("no_reply_action"))
                .body("results[1].tags", nullValue()).body("results[1].reply", equalTo(true))
                .body("results[2].tags", contains("billing"));
    }

    @Test
    void badActionsAre400AndNothingIsSaved() {
        Api alice = Api.newUser();
        Map<String, Object> noTemplate = rule("No template", 1, null);
        noTemplate.remove("template");
        alice.post("/rules", noTemplate).statusCode(400).body("errors.field", hasItem("template"));
        alice.post("/rules", tagRule("Empty tag", 1, List.of(Map.of("type", "tag")), "x")).statusCode(400)
                .body("errors.field", hasItem("actions[0].tags"));
        alice.post("/rules", tagRule("Twice", 1, List.of(tag("a"), tag("b")), "x")).statusCode(400)
                .body("errors.field", hasItem("actions[1].type"));
        alice.post("/rules", tagRule("Notify nowhere", 1, List.of(Map.of("type", "notify")), "x")).statusCode(400)
                .body("errors.field", hasItem("actions[0].webhookId"));
        alice.post("/rules", tagRule("Bad tag", 1, List.of(tag("Not A Tag")), "x")).statusCode(400);
        alice.post("/rules", tagRule("Unknown", 1, List.of(Map.of("type", "explode")), "x")).statusCode(400);
        alice.post("/rules", tagRule("None", 1, List.of(), "x")).statusCode(400).body("errors.field", hasItem("actions"));
        alice.get("/rules").statusCode(200).body("items", hasSize(0));
    }
}
