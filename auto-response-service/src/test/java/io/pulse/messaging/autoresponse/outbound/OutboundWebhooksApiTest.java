package io.pulse.messaging.autoresponse.outbound;

import static io.pulse.messaging.autoresponse.support.Api.keywordRule;
import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.service.OutboxDeliverer;
import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Outbound webhooks: CRUD and isolation, signed delivery through the outbox, retry after a 500, give-up, rollback. */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboundWebhooksApiTest {

    @Inject
    OutboxDeliverer deliverer;

    @Inject
    TestClock clock;

    Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    private Map<String, Object> webhook(String url) {
        return Map.of("name", "Desk", "url", url);
    }

    /** A webhook of the user's at the receiver and a rule notifying it for "invoice"; answers {webhookId, secret, ruleId}. */
    private String[] notifying(Api user) {
        var created = user.post("/webhooks/outbound", webhook(receiver.url())).statusCode(201).extract();
        String id = created.path("id");
        Map<String, Object> rule = keywordRule("Invoices", 10, "We got it.", "invoice");
        rule.put("actions", List.of(Map.of("type", "reply"), Map.of("type", "notify", "webhookId", id)));
        return new String[] {id, created.path("secret"), user.createRule(rule)};
    }

    private void round() {
        deliverer.deliverDue().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void webhooksAreTheUsersOwnAndTheSecretIsShownOnce() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String id = alice.post("/webhooks/outbound", webhook("https://hooks.example.com/pulse")).statusCode(201)
                .body("secret", startsWith("whsec_")).body("enabled", equalTo(true)).extract().path("id");
        alice.get("/webhooks/outbound/" + id).statusCode(200).body("secret", nullValue()).body("name", equalTo("Desk"));
        alice.get("/webhooks/outbound").statusCode(200).body("items.id", contains(id)).body("items[0].secret", nullValue());
        alice.put("/webhooks/outbound/" + id, Map.of("name", "Renamed", "url", "https://hooks.example.com/x", "enabled", false))
                .statusCode(200).body("name", equalTo("Renamed")).body("enabled", equalTo(false));
        bob.get("/webhooks/outbound/" + id).statusCode(404);
        bob.get("/webhooks/outbound/" + id + "/deliveries").statusCode(404);
        bob.put("/webhooks/outbound/" + id, webhook("https://x.example.com")).statusCode(404);
        bob.delete("/webhooks/outbound/" + id).statusCode(404);
        bob.get("/webhooks/outbound").statusCode(200).body("items", hasSize(0));
        alice.post("/webhooks/outbound", webhook("ftp://hooks.example.com")).statusCode(400).body("errors.field", hasItem("url"));
        alice.post("/webhooks/outbound", webhook("http://hooks.example.com")).statusCode(400);
        alice.post("/webhooks/outbound", Map.of("url", "https://hooks.example.com")).statusCode(400);
        for (String internal : List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.7/hook", "https://192.168.1.10/",
                "https://[fd00::1]/hook")) {
            alice.post("/webhooks/outbound", webhook(internal)).statusCode(400).body("errors.field", hasItem("url"));
        }
        alice.delete("/webhooks/outbound/" + id).statusCode(204);
        alice.get("/webhooks/outbound/" + id).statusCode(404);
    }

    @Test
    void aNotifyActionIsDeliveredSigned() {
        Api alice = Api.newUser();
        String[] setup = notifying(alice);
        alice.post("/evaluate", message("where is my invoice")).statusCode(200).body("notifiedRuleIds", contains(setup[2]));
        round();
        assertEquals(1, receiver.received.size());
        Receiver.Received got = receiver.received.get(0);
        long timestamp = Long.parseLong(got.header("X-Pulse-Timestamp"));
        String expected = "v1=" + WebhookService.sign(setup[1], timestamp, got.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, got.header("X-Pulse-Signature"));
        JsonObject event = new JsonObject(got.body());
        assertEquals(got.header("X-Pulse-Delivery"), event.getString("deliveryId"));
        assertEquals(setup[2], event.getString("ruleId"));
        assertEquals("sent", event.getString("status"));
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("delivered")).body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(200));
        round();
        assertEquals(1, receiver.received.size(), "a delivered event is not sent again");
    }

    @Test
    void aFailedDeliveryIsRetriedAfterItsBackoff() {
        Api alice = Api.newUser();
        String[] setup = notifying(alice);
        receiver.statuses.add(500);
        alice.post("/evaluate", message("invoice")).statusCode(200);
        round();
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200)
                .body("items[0].status", equalTo("pending")).body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(500));
        round();
        assertEquals(1, receiver.received.size(), "not due again before its backoff");
        clock.advance(Duration.ofHours(2));
        round();
        assertEquals(2, receiver.received.size());
        assertEquals(receiver.received.get(0).header("X-Pulse-Delivery"), receiver.received.get(1).header("X-Pulse-Delivery"));
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200)
                .body("items[0].status", equalTo("delivered")).body("items[0].attempts", equalTo(2));
    }

    @Test
    void deliveryGivesUpAfterTheLastAttempt() {
        Api alice = Api.newUser();
        String[] setup = notifying(alice);
        for (int i = 0; i < 5; i++) {
            receiver.statuses.add(503);
        }
        alice.post("/evaluate", message("invoice")).statusCode(200);
        for (int i = 0; i < 4; i++) {
            round();
            clock.advance(Duration.ofHours(2));
        }
        assertEquals(3, receiver.received.size(), "max-attempts is 3 in tests");
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200)
                .body("items[0].status", equalTo("failed")).body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatusCode", equalTo(503)).body("items[0].lastError", equalTo("HTTP 503"));
    }

    @Test
    void anEvaluationRolledBackLeavesNoOutboxRow() {
        Api alice = Api.newUser();
        String[] setup = notifying(alice);
        alice.post("/evaluate", with(message("invoice"), "messageId", FailingLogWrites.FAILING_MESSAGE.toString())).statusCode(500);
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200).body("items", hasSize(0));
        round();
        assertTrue(receiver.received.isEmpty());
        alice.post("/evaluate", message("invoice")).statusCode(200);
        alice.get("/webhooks/outbound/" + setup[0] + "/deliveries").statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aNotifyActionMustNameOneOfTheUsersWebhooks() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String[] setup = notifying(alice);
        Map<String, Object> rule = keywordRule("Steal", 10, "x", "x");
        rule.put("actions", List.of(Map.of("type", "notify", "webhookId", setup[0])));
        bob.post("/rules", rule).statusCode(400).body("errors.field", hasItem("actions[0].webhookId"));
    }
}
