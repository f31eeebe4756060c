package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.fresh;
import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class EvaluationApiTest {

    @Inject
    TestClock clock;

    @Test
    void theFirstMatchingRuleByPriorityAnswersAndIsLogged() {
        Api alice = Api.newUser();
        String general = alice.createRule(rule("General", 100, "Thanks {{sender.firstName}}, I'll reply soon."));
        String pricing = alice.createRule(keywordRule("Pricing", 10, "Hi {{sender.firstName}}, prices: example.com/prices ({{message.channel}})",
                "price", "pricing"));
        Map<String, Object> question = message("What is the PRICE of the premium plan?");
        String logId = alice.post("/evaluate", question).statusCode(200)
                .body("reply", equalTo(true))
                .body("ruleId", equalTo(pricing))
                .body("ruleName", equalTo("Pricing"))
                .body("text", equalTo("Hi Anna, prices: example.com/prices (email)"))
                .body("personalised", equalTo(false))
                .body("engine", equalTo("local"))
                .body("replyHeaders.Auto-Submitted", equalTo("auto-replied"))
                .body("logId", notNullValue())
                .extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("status", equalTo("sent")).body("ruleId", equalTo(pricing))
                .body("text", equalTo("Hi Anna, prices: example.com/prices (email)"))
                .body("conversationId", equalTo(question.get("conversationId")))
                .body("messageId", equalTo(question.get("messageId")));
        alice.post("/evaluate", message("Hello there")).statusCode(200).body("ruleId", equalTo(general));
        alice.post("/evaluate", message("priceless")).statusCode(200).body("ruleId", equalTo(general));
    }

    @Test
    void noRuleMatchedIsNoReplyAndNotLogged() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 10, "prices", "price"));
        Map<String, Object> hello = message("hello");
        alice.post("/evaluate", hello).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("no_rule_matched"))
                .body("logId", nullValue());
        alice.get("/log?conversationId=" + hello.get("conversationId")).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void personalisedRepliesGreetInTheSendersZoneAndTone() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Formal", 10, "Thank you for your message. I will answer on Monday.");
        rule.put("personalise", true);
        rule.put("tone", "formal");
        rule.put("timeZone", "Asia/Tokyo");
        alice.createRule(rule);
        // 09:30 for the sender (UTC-5), 23:30 for the owner in Tokyo: the sender's morning decides.
        Map<String, Object> m = with(message("Can we talk?"), "sentAt", "2026-03-04T09:30:00-05:00");
        alice.post("/evaluate", m).statusCode(200)
                .body("text", equalTo("Good morning Anna,\n\nThank you for your message. I will answer on Monday.\n\nKind regards,\nBob Stone"))
                .body("personalised", equalTo(true)).body("engine", equalTo("local"));
        // A timestamp in UTC says nothing about the sender's zone: a neutral greeting, whatever the owner's clock.
        Map<String, Object> other = with(fresh(with(m, "sentAt", "2026-03-04T00:30:00Z")), "sender", Map.of("email", "xy12@example.com"));
        alice.post("/evaluate", with(other, "recipient", Map.of("name", "Robert", "timeZone", "Asia/Tokyo"))).statusCode(200)
                .body("text", startsWith("Hello,")) // 09:30 in Tokyo, but the sender's time of day is unknown; no name known
                .body("text", containsString("Kind regards,\nRobert"));
    }

    @Test
    void everyLoopGuardSuppressesAndLogsItsReason() {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks!"));
        Map<String, String> expectations = new HashMap<>();
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(with(message("x"), "autoSubmitted", "auto-replied"));
        expectations.put("auto_submitted", "autoSubmitted");
        messages.add(with(message("x"), "precedence", "bulk"));
        messages.add(with(message("x"), "bulk", true));
        messages.add(with(message("x"), "mailingList", true));
        messages.add(with(message("x"), "headers", Map.of("List-Id", "<news.example.com>")));
        messages.add(with(message("x"), "headers", Map.of("X-Pulse-Auto-Reply", UUID.randomUUID().toString())));
        messages.add(with(message("x"), "sender", Map.of("id", alice.id().toString(), "email", "me@example.com")));
        List<String> reasons = List.of("auto_submitted", "bulk_or_list", "bulk_or_list", "bulk_or_list", "bulk_or_list", "own_auto_reply", "self");
        for (int i = 0; i < messages.size(); i++) {
            Map<String, Object> m = messages.get(i);
            String logId = alice.post("/evaluate", m).statusCode(200)
                    .body("reply", equalTo(false)).body("reason", equalTo(reasons.get(i))).body("detail", notNullValue())
                    .extract().path("logId");
            alice.get("/log/" + logId).statusCode(200).body("status", equalTo("suppressed")).body("reason", equalTo(reasons.get(i)))
                    .body("ruleId", nullValue()).body("text", nullValue());
        }
        alice.post("/evaluate", with(message("x"), "autoSubmitted", "no")).statusCode(200).body("reply", equalTo(true));
    }

    @Test
    void aReplyThatRendersToNothingIsLoggedAsFailedAndTakesNoCooldown() {
        Api alice = Api.newUser();
        String id = alice.createRule(rule("Name only", 1, "{{sender.firstName}}"));
        Map<String, Object> anonymous = with(message("hello"), "sender", Map.of("id", UUID.randomUUID().toString()));
        alice.post("/evaluate?dryRun=true", anonymous).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("empty_reply"));
        String logId = alice.post("/evaluate", anonymous).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("empty_reply")).body("ruleId", equalTo(id))
                .extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("status", equalTo("failed")).body("reason", equalTo("empty_reply"))
                .body("text", nullValue());
        alice.get("/log?status=failed").statusCode(200).body("items", hasSize(1));
        alice.get("/rules/" + id + "/stats").statusCode(200).body("failed", equalTo(1)).body("sent", equalTo(0));
        // The same sender, now with a name: the reply goes out, since the failure took no cooldown.
        Map<String, Object> named = with(fresh(anonymous), "sender", Map.of("id", ((Map<?, ?>) anonymous.get("sender")).get("id"), "name", "Zoë Ng"));
        alice.post("/evaluate", named).statusCode(200).body("reply", equalTo(true)).body("text", equalTo("Zoë"));
    }

    @Test
    void aSenderGetsOneReplyPerCooldownPerRule() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("Hourly", 1, "Got it.");
        rule.put("cooldownMinutes", 60);
        String ruleId = alice.createRule(rule);
        Map<String, Object> first = message("one");
        alice.post("/evaluate", first).statusCode(200).body("reply", equalTo(true));
        Map<String, Object> again = with(fresh(first), "conversationId", UUID.randomUUID().toString());
        alice.post("/evaluate", again).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("cooldown"))
                .body("ruleId", equalTo(ruleId)).body("logId", notNullValue());
        // The same person by address only is another sender key, and another sender is unaffected.
        alice.post("/evaluate", with(message("two"), "sender", Map.of("email", "zed@example.com"))).statusCode(200).body("reply", equalTo(true));
        clock.advance(Duration.ofMinutes(61));
        alice.post("/evaluate", fresh(again)).statusCode(200).body("reply", equalTo(true));
        alice.get("/rules/" + ruleId + "/stats").statusCode(200)
                .body("sent", equalTo(3)).body("suppressed", equalTo(1)).body("suppressedByReason.cooldown", equalTo(1))
                .body("lastFiredAt", notNullValue());
    }

    @Test
    void twoAutoRespondersCannotPingPongInOneConversation() {
        Api alice = Api.newUser();
        Map<String, Object> rule = rule("No cooldown", 1, "Auto: received.");
        rule.put("cooldownMinutes", 0);
        alice.createRule(rule);
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> bot = with(message("Auto: received."), "conversationId", conversation);
        for (int i = 0; i < 3; i++) {
            alice.post("/evaluate", fresh(bot)).statusCode(200).body("reply", equalTo(true));
        }
        alice.post("/evaluate", fresh(bot)).statusCode(200).body("reply", equalTo(false)).body("reason", equalTo("conversation_limit"));
        alice.post("/evaluate", message("other conversation")).statusCode(200).body("reply", equalTo(true));
        clock.advance(Duration.ofMinutes(61));
        alice.post("/evaluate", fresh(bot)).statusCode(200).body("reply", equalTo(true));
    }

    @Test
    void dryRunExplainsEveryRuleAndChangesNothing() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Refunds", 1, "Refunds take 5 days.", "refund"));
        String pricing = alice.createRule(keywordRule("Pricing", 2, "Prices...", "price"));
        Map<String, Object> rule = rule("Chat only", 3, "chat");
        rule.put("conditions", Map.of("channels", List.of("chat")));
        alice.createRule(rule);
        Map<String, Object> m = message("what's the price?");
        alice.request().body(m).when().post(Api.BASE + "/evaluate?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("reply", equalTo(true))
                .body("ruleId", equalTo(pricing))
                .body("text", equalTo("Prices..."))
                .body("logId", nullValue())
                .body("explanation", hasSize(3))
                .body("explanation.ruleName", contains("Refunds", "Pricing", "Chat only"))
                .body("explanation.matched", contains(false, true, false))
                .body("explanation[0].conditions[0].reason", containsString("'refund'"))
                .body("explanation[1].conditions[0].reason", containsString("found keyword ['price']"))
                .body("explanation[2].conditions[0].condition", equalTo("channels"));
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(0));
        // Nothing was claimed: the real evaluation replies, and only then does a dry run see the cooldown.
        alice.post("/evaluate", m).statusCode(200).body("reply", equalTo(true));
        alice.request().body(fresh(m)).when().post(Api.BASE + "/evaluate?dryRun=true").then().statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("cooldown")).body("cooldownUntil", notNullValue());
        alice.request().body(with(fresh(m), "bulk", true)).when().post(Api.BASE + "/evaluate?dryRun=true").then().statusCode(200)
                .body("reason", equalTo("bulk_or_list")).body("explanation", hasSize(3));
        alice.get("/log?conversationId=" + m.get("conversationId")).statusCode(200).body("items", hasSize(1));
    }

    @Test
    void batchAnswersInOrderAndLaterMessagesSeeEarlierCooldowns() {
        Api alice = Api.newUser();
        alice.createRule(keywordRule("Pricing", 1, "Prices...", "price"));
        Map<String, Object> a = message("price?");
        Map<String, Object> b = message("hello");
        Map<String, Object> c = with(fresh(a), "content", "price again?");
        Map<String, Object> d = with(message("price"), "precedence", "list");
        alice.post("/evaluate/batch", Map.of("messages", List.of(a, b, c, d))).statusCode(200)
                .body("results", hasSize(4))
                .body("results.messageId", contains(a.get("messageId"), b.get("messageId"), c.get("messageId"), d.get("messageId")))
                .body("results.reply", contains(true, false, false, false))
                .body("results[1].reason", equalTo("no_rule_matched"))
                .body("results[2].reason", equalTo("cooldown"))
                .body("results[3].reason", equalTo("bulk_or_list"));
    }

    @Test
    void aBatchOverTheLimitOrWithOneBadMessageIsRefusedWhole() {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "ok"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        String conversation = UUID.randomUUID().toString();
        for (int i = 0; i < 501; i++) {
            tooMany.add(with(message("x"), "conversationId", conversation));
        }
        alice.post("/evaluate/batch", Map.of("messages", tooMany)).statusCode(400).body("errors[0].field", equalTo("messages"));
        List<Map<String, Object>> oneBad = List.of(with(message("x"), "conversationId", conversation),
                with(message("x"), "content", "y".repeat(20_001)));
        alice.post("/evaluate/batch", Map.of("messages", oneBad)).statusCode(400).body("errors[0].field", equalTo("messages[1].content"));
        alice.post("/evaluate/batch", Map.of("messages", List.of())).statusCode(400);
        alice.get("/log?conversationId=" + conversation).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badMessagesAre400AndNothingIsLogged() {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "ok"));
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> m = with(message("x"), "conversationId", conversation);
        Map<String, Object> noId = new HashMap<>(m);
        noId.remove("messageId");
        alice.post("/evaluate", noId).statusCode(400).body("errors[0].field", equalTo("messageId"));
        alice.post("/evaluate", with(m, "content", "z".repeat(20_001))).statusCode(400).body("errors[0].field", equalTo("content"));
        alice.post("/evaluate", with(m, "sender", Map.of("name", "Nobody"))).statusCode(400).body("errors[0].field", equalTo("sender"));
        alice.post("/evaluate", with(m, "sender", Map.of("email", "nope"))).statusCode(400).body("errors[0].field", equalTo("sender.email"));
        alice.post("/evaluate", with(m, "sentAt", "yesterday")).statusCode(400).body("errors[0].field", equalTo("sentAt"));
        alice.post("/evaluate", with(m, "bulk", "maybe")).statusCode(400).body("errors[0].field", equalTo("bulk"));
        alice.post("/evaluate", with(m, "channel", "Carrier Pigeon")).statusCode(400).body("errors[0].field", equalTo("channel"));
        alice.post("/evaluate", with(m, "recipient", Map.of("timeZone", "Atlantis/Capital"))).statusCode(400)
                .body("errors[0].field", equalTo("recipient.timeZone"));
        alice.post("/evaluate", with(m, "conversationId", "not-a-uuid")).statusCode(400);
        alice.get("/log?conversationId=" + conversation).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aServiceActsForTheUserItNamesAndAUserCannot() {
        Api alice = Api.newUser();
        Api mallory = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Alice is away."));
        Map<String, Object> m = with(message("hi"), "userId", alice.id().toString());
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(m)
                .when().post(Api.BASE + "/evaluate").then().statusCode(200).body("text", equalTo("Alice is away."));
        mallory.post("/evaluate", fresh(m)).statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.service()).header("X-Pulse-Act-For", alice.id().toString()).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(message("hi")))).when().post(Api.BASE + "/evaluate/batch")
                .then().statusCode(200).body("results.text", everyItem(equalTo("Alice is away.")));
    }
}
