package io.pulse.messaging.autoresponse.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** The curl session of README.md, request for request, so the README cannot drift from what the service does. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadmeSessionTest {

    @Inject
    TestClock clock;

    @Test
    void theReadmeSessionWorksAsShown() {
        Api me = Api.newUser();
        me.put("/out-of-office", """
                {"from": "2026-07-01T00:00:00+02:00", "until": "2026-07-15T00:00:00+02:00", "timeZone": "Europe/Paris",
                 "message": "Hi {{sender.firstName | \\"there\\"}}, I am away until {{returnDate}} with limited access to messages.",
                 "internalMessage": "On holiday until {{returnDate}}; Carol covers for me.", "personalise": true, "tone": "friendly"}""")
                .statusCode(200).body("enabled", equalTo(true)).body("from", equalTo("2026-06-30T22:00:00Z")).body("active", equalTo(false));

        me.post("/rules", """
                {"name": "Pricing", "priority": 10,
                 "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}},
                 "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices."}""").statusCode(201);
        me.post("/rules", """
                {"name": "Prices in euros", "priority": 20,
                 "conditions": {"keywords": {"terms": ["price"]}}, "template": "See example.com/prices-eur."}""").statusCode(201)
                .body("warnings.code", hasItem("shadowed")).body("warnings.otherRuleName", hasItem("Pricing"))
                .body("warnings[0].message", startsWith("This rule can never fire"));

        String message = """
                {"messageId": "%s", "conversationId": "%s",
                 "sender": {"name": "Anna Müller", "email": "anna@example.com"}, "content": "Hi! What is the price of the premium plan?",
                 "sentAt": "2026-07-03T09:15:00+02:00", "channel": "email", "knownContact": true}""";
        String conversation = UUID.randomUUID().toString();
        me.post("/evaluate?dryRun=true", message.formatted(UUID.randomUUID(), conversation)).statusCode(200)
                .body("dryRun", equalTo(true)).body("ruleName", equalTo("Out of office")).body("explanation", hasSize(3));
        me.get("/log").statusCode(200).body("items", hasSize(0));
        me.post("/evaluate", message.formatted(UUID.randomUUID(), conversation)).statusCode(200)
                .body("reply", equalTo(true)).body("ruleName", equalTo("Out of office"))
                .body("text", startsWith("Good morning, Anna!\n\nI am away until Wednesday 15 July 2026"))
                .body("personalised", equalTo(true)).body("engine", equalTo("local"))
                .body("replyHeaders.Auto-Submitted", equalTo("auto-replied"));
        me.post("/evaluate", message.formatted(UUID.randomUUID(), conversation)).statusCode(200)
                .body("reply", equalTo(false)).body("reason", equalTo("cooldown"));

        me.get("/log?limit=10").statusCode(200).body("items", hasSize(2)).body("items[0].status", equalTo("suppressed"))
                .body("items[1].status", equalTo("sent"));
        me.get("/log?status=suppressed&reason=cooldown").statusCode(200).body("items", hasSize(1));

        me.post("/suggestions", "{\"content\": \"Are you free for a call on Tuesday at 3pm?\", \"senderName\": \"Anna Müller\"}")
                .statusCode(200).body("kind", equalTo("scheduling")).body("suggestions", hasSize(3));

        // The signed webhook, as the README's openssl line signs it (the test profile's secret).
        String body = """
                {"userId": "%s", "message": {"messageId": "%s", "conversationId": "%s",
                  "sender": {"name": "Ben", "email": "ben@example.org"}, "content": "Any update on the quote?", "channel": "email"}}"""
                .formatted(me.id(), UUID.randomUUID(), UUID.randomUUID());
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookService.sign("test-webhook-secret", timestamp, body.getBytes(StandardCharsets.UTF_8));
        given().contentType(ContentType.JSON).header("X-Pulse-Timestamp", Long.toString(timestamp))
                .header("X-Pulse-Signature", "v1=" + signature).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(Api.BASE + "/webhooks/messages").then().statusCode(200)
                .body("reply", equalTo(true)).body("ruleName", equalTo("Pricing")).body("text", containsString("example.com/prices"));
    }
}
