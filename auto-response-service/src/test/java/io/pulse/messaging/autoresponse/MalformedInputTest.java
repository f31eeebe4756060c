package io.pulse.messaging.autoresponse;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.autoresponse.support.Api;
import io.pulse.messaging.autoresponse.support.TestClock;
import io.pulse.messaging.testing.MalformedInputWalk;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.fuzz.FuzzFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the OpenAPI document with generated malformed input: never a 5xx, every 4xx a problem
 * document, and nothing stored by what is refused (see {@link MalformedInputWalk} for the longer mode). Webhook
 * deliveries are signed with the test secret over the body and timestamp actually sent, so that a bad body reaches
 * the code behind the signature check.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class MalformedInputTest extends MalformedInputWalk {

    private static final String SECRET = "test-webhook-secret";

    @Inject
    TestClock clock;

    @Override
    protected String schema() {
        return "auto_response";
    }

    @Override
    protected FuzzFixture fixture() {
        Api user = Api.newUser();
        String rule = user.createRule(Api.keywordRule("Pricing questions", 10, "Our price list is at example.com/prices.",
                "price", "pricing"));
        String log = user.post("/evaluate", Api.message("What is the price of the premium plan?"))
                .statusCode(200).extract().path("logId");
        user.put("/out-of-office", Map.of("message", "I'm away until {{returnDate}}.", "until", "2030-01-01T00:00:00Z"))
                .statusCode(200);
        return FuzzFixture.asUser(user.id())
                .pathValue("/api/auto-responses/rules/{id}", "id", rule)
                .pathValue("/api/auto-responses/rules/{id}/enable", "id", rule)
                .pathValue("/api/auto-responses/rules/{id}/disable", "id", rule)
                .pathValue("/api/auto-responses/rules/{id}/stats", "id", rule)
                .pathValue("/api/auto-responses/log/{id}", "id", log)
                .property("userId", user.id())
                .headers(this::signature);
    }

    /** A webhook delivery's signature over the body and the timestamp sent (now, unless the case sends another). */
    private Map<String, String> signature(String operation, Map<String, String> sent, byte[] body) {
        if (!operation.startsWith("POST /api/auto-responses/webhooks")) {
            return Map.of();
        }
        String timestamp = sent.getOrDefault(WebhookService.TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()));
        long signed;
        try {
            signed = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            signed = clock.instant().getEpochSecond();
        }
        Map<String, String> headers = new HashMap<>();
        headers.put(WebhookService.TIMESTAMP_HEADER, timestamp);
        headers.put(WebhookService.SIGNATURE_HEADER, "v1=" + WebhookService.sign(SECRET, signed, body));
        return headers;
    }
}
