package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.fresh;
import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class LogApiTest {

    @Test
    void filtersCombineAndPagesFollowTheCursorNewestFirst() {
        Api alice = Api.newUser();
        String pricing = alice.createRule(keywordRule("Pricing", 1, "Prices", "price"));
        String general = alice.createRule(rule("General", 50, "Thanks"));
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> annaInConversation = with(message("price?"), "conversationId", conversation);
        List<String> ids = new ArrayList<>();
        ids.add(alice.post("/evaluate", annaInConversation).statusCode(200).extract().path("logId")); // sent, pricing
        ids.add(alice.post("/evaluate", fresh(annaInConversation)).statusCode(200).extract().path("logId")); // suppressed cooldown
        ids.add(alice.post("/evaluate", with(message("hello"), "conversationId", conversation)).statusCode(200).extract().path("logId")); // sent, general
        ids.add(alice.post("/evaluate", with(message("price"), "bulk", true)).statusCode(200).extract().path("logId")); // suppressed bulk
        Object annaId = ((Map<?, ?>) annaInConversation.get("sender")).get("id");

        alice.get("/log").statusCode(200).body("items.id", contains(ids.get(3), ids.get(2), ids.get(1), ids.get(0)));
        alice.get("/log?ruleId=" + pricing).statusCode(200).body("items.id", contains(ids.get(1), ids.get(0)));
        alice.get("/log?ruleId=" + general).statusCode(200).body("items.id", contains(ids.get(2)));
        alice.get("/log?conversationId=" + conversation + "&status=sent").statusCode(200).body("items.id", contains(ids.get(2), ids.get(0)));
        alice.get("/log?status=suppressed").statusCode(200).body("items.reason", contains("bulk_or_list", "cooldown"));
        alice.get("/log?reason=cooldown").statusCode(200).body("items.id", contains(ids.get(1)));
        alice.get("/log?senderId=" + annaId).statusCode(200).body("items.id", contains(ids.get(1), ids.get(0)));
        alice.get("/log?senderEmail=ANNA@example.com").statusCode(200).body("items", hasSize(4));
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusYears(10).toString();
        alice.request().queryParam("from", future).when().get(Api.BASE + "/log").then().statusCode(200).body("items", hasSize(0));
        alice.request().queryParam("until", future).when().get(Api.BASE + "/log").then().statusCode(200).body("items", hasSize(4));

        String cursor = alice.get("/log?limit=3").statusCode(200).body("items", hasSize(3)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        alice.get("/log?limit=3&cursor=" + cursor).statusCode(200).body("items.id", contains(ids.get(0))).body("nextCursor", nullValue());
        alice.get("/log?status=sent").statusCode(200).body("items.text", everyItem(notNullValue()));
    }

    @Test
    void badFiltersAre400() {
        Api alice = Api.newUser();
        alice.get("/log?status=lost").statusCode(400).body("errors[0].field", equalTo("status"));
        alice.get("/log?reason=boredom").statusCode(400).body("errors[0].field", equalTo("reason"));
        alice.get("/log?ruleId=abc").statusCode(400).body("errors[0].field", equalTo("ruleId"));
        alice.get("/log?from=yesterday").statusCode(400).body("errors[0].field", equalTo("from"));
        alice.request().queryParam("from", "2026-02-01T00:00:00Z").queryParam("until", "2026-01-01T00:00:00Z")
                .when().get(Api.BASE + "/log").then().statusCode(400).body("errors[0].field", equalTo("until"));
        alice.get("/log?limit=201").statusCode(400).body("errors[0].field", equalTo("limit"));
        alice.get("/log?cursor=xyz").statusCode(400);
    }

    @Test
    void statsCountWhatARuleDidAndADeletedRuleKeepsItsLog() {
        Api alice = Api.newUser();
        String id = alice.createRule(rule("Counted", 1, "ok"));
        alice.get("/rules/" + id + "/stats").statusCode(200).body("sent", equalTo(0)).body("lastFiredAt", nullValue());
        String logId = alice.post("/evaluate", message("a")).statusCode(200).extract().path("logId");
        alice.delete("/rules/" + id).statusCode(204);
        alice.get("/rules/" + id + "/stats").statusCode(404);
        alice.get("/log/" + logId).statusCode(200).body("ruleId", nullValue()).body("status", equalTo("sent"));
    }
}
