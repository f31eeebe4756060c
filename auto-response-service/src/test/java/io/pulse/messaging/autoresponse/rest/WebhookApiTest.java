package io.pulse.messaging.autoresponse.rest;

import static io.pulse.messaging.autoresponse.support.Api.message;
import static io.pulse.messaging.autoresponse.support.Api.rule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookApiTest {

    private static final String SECRET = "test-webhook-secret";
    private static final String PATH = Api.BASE + "/webhooks/messages";

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    private ValidatableResponse deliver(String body, long timestamp, String signature) {
        return given().contentType(ContentType.JSON).header("X-Pulse-Timestamp", Long.toString(timestamp))
                .header("X-Pulse-Signature", signature).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then();
    }

    private static String sign(String body, long timestamp) {
        return "v1=" + WebhookService.sign(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    private String delivery(Api user, Map<String, Object> message) throws Exception {
        return json.writeValueAsString(Map.of("userId", user.id().toString(), "message", message));
    }

    @Test
    void aSignedDeliveryIsEvaluatedForTheUserItNames() throws Exception {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks, {{sender.firstName}}!"));
        Map<String, Object> m = message("hello from the platform");
        String body = delivery(alice, m);
        long now = clock.instant().getEpochSecond();
        String logId = deliver(body, now, sign(body, now)).statusCode(200)
                .body("reply", equalTo(true)).body("text", equalTo("Thanks, Anna!")).extract().path("logId");
        alice.get("/log/" + logId).statusCode(200).body("status", equalTo("sent"));
    }

    @Test
    void badSignaturesStaleTimestampsAndReplaysAreRefusedAndNothingIsLogged() throws Exception {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks"));
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> m = message("hello");
        m.put("conversationId", conversation);
        String body = delivery(alice, m);
        long now = clock.instant().getEpochSecond();

        deliver(body, now, sign(body, now).replace("v1=", "v1=00")).statusCode(401).contentType("application/problem+json");
        deliver(body, now, "v1=" + WebhookService.sign("wrong-secret", now, body.getBytes(StandardCharsets.UTF_8))).statusCode(401);
        deliver(body, now, sign(body + " ", now)).statusCode(401); // signature of another body
        deliver(body, now + 1, sign(body, now)).statusCode(401); // timestamp is signed too
        given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(401); // no headers at all
        deliver(body, now - 3600, sign(body, now - 3600)).statusCode(401); // stale
        deliver(body, now + 3600, sign(body, now + 3600)).statusCode(401); // from the future
        for (long extreme : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 253402300800L}) { // no instant, or past 9999
            deliver(body, extreme, sign(body, extreme)).statusCode(401).contentType("application/problem+json");
        }
        alice.get("/log?conversationId=" + conversation).statusCode(200).body("items", hasSize(0));

        deliver(body, now, sign(body, now)).statusCode(200).body("reply", equalTo(true));
        deliver(body, now, sign(body, now)).statusCode(409); // the very same delivery again
        alice.get("/log?conversationId=" + conversation).statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aSignedButInvalidDeliveryIsA400() throws Exception {
        long now = clock.instant().getEpochSecond();
        String body = "{\"userId\": \"" + UUID.randomUUID() + "\", \"message\": {\"content\": \"x\"}}";
        deliver(body, now, sign(body, now)).statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("message.messageId"));
        String broken = "{\"userId\": ";
        deliver(broken, now, sign(broken, now)).statusCode(400);
    }

    @Test
    void aDeliveryFailingTheChecksOfEvaluateIsA400AndChangesNothing() throws Exception {
        Api alice = Api.newUser();
        alice.createRule(rule("Catch-all", 1, "Thanks!"));
        long now = clock.instant().getEpochSecond();
        Map<String, Object> anonymous = Api.with(message("hi"), "sender", Map.of("name", "No address"));
        String body = delivery(alice, anonymous);
        deliver(body, now, sign(body, now)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sender"));
        Map<String, Object> badZone = Api.with(message("hi"), "recipient", Map.of("name", "Alice", "timeZone", "Mars/Olympus"));
        String zoned = delivery(alice, badZone);
        deliver(zoned, now, sign(zoned, now)).statusCode(400).body("errors[0].field", equalTo("recipient.timeZone"));
        alice.get("/log").statusCode(200).body("items", hasSize(0));
        // Refused before it was recorded: the same delivery, fixed, is not a replay.
        String fixed = delivery(alice, Api.with(badZone, "recipient", Map.of("name", "Alice", "timeZone", "Europe/Paris")));
        deliver(fixed, now, sign(fixed, now)).statusCode(200).body("reply", equalTo(true));
    }
}
