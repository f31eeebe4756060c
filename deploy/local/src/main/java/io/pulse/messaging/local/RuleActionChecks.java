package io.pulse.messaging.local;

import static io.pulse.messaging.local.AutoResponseChecks.EVALUATE;
import static io.pulse.messaging.local.AutoResponseChecks.RULES;
import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Auto-response rules with condition groups (Zendesk's meet ALL / ANY) and several actions, checked through the gateway. */
final class RuleActionChecks implements FeatureChecks.Group {

    static final String OUTBOUND = "/api/auto-responses/webhooks/outbound";

    @Override
    public String title() {
        return "auto-response-service: condition groups and actions";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a rule meeting ANY of its keywords tags the message, notifies a signed webhook and replies",
                () -> tagNotifyReply(owner, other));
    }

    private static void tagNotifyReply(CheckUser owner, CheckUser other) {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonObject webhook = owner.ok("POST", OUTBOUND, new JsonObject().put("name", "Billing desk").put("url", receiver.url()));
            String secret = webhook.getString("secret");
            require(secret != null && !secret.isBlank(), "the secret is shown at creation");
            require(owner.ok("GET", OUTBOUND + "/" + webhook.getString("id"), null).getString("secret") == null, "the secret is shown once");
            other.expect(404, "GET", OUTBOUND + "/" + webhook.getString("id"), null);
            JsonObject conditions = new JsonObject().put("any", new JsonArray()
                    .add(keywords("invoice")).add(keywords("refund")));
            JsonObject rule = owner.ok("POST", RULES, new JsonObject().put("name", "Billing").put("conditions", conditions)
                    .put("template", "Thanks, our billing team has your message.")
                    .put("actions", new JsonArray().add(new JsonObject().put("type", "tag").put("tags", new JsonArray().add("billing")))
                            .add(new JsonObject().put("type", "notify").put("webhookId", webhook.getString("id")))
                            .add(new JsonObject().put("type", "reply"))));
            JsonObject miss = owner.ok("POST", EVALUATE, AutoResponseChecks.message("Can we meet on Tuesday?", "chat"));
            require(!Boolean.TRUE.equals(miss.getBoolean("reply")) && miss.getJsonArray("tags") == null,
                    "a message with neither keyword is not answered nor tagged: " + miss);
            JsonObject hit = owner.ok("POST", EVALUATE, AutoResponseChecks.message("Where is my refund?", "chat"));
            requireEqual(Boolean.TRUE, hit.getBoolean("reply"), "a reply to a message with one of the ANY keywords");
            requireEqual(List.of("billing"), hit.getJsonArray("tags", new JsonArray()).getList(), "the evaluation's tags");
            requireEqual(List.of(rule.getString("id")), hit.getJsonArray("notifiedRuleIds", new JsonArray()).getList(), "notifying rules");
            WebhookReceiver.Received delivery = receiver.awaitFirst(Duration.ofSeconds(30));
            String expected = "v1=" + hmac(secret, delivery.headers().get("x-pulse-timestamp") + "." + delivery.body());
            requireEqual(expected, delivery.headers().get("x-pulse-signature"), "the delivery's signature");
        }
    }

    static JsonObject keywords(String... terms) {
        return new JsonObject().put("keywords", new JsonObject().put("terms", new JsonArray(List.of((Object[]) terms))));
    }

    private static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new CheckFailure("cannot compute HMAC-SHA256: " + e.getMessage());
        }
    }
}
