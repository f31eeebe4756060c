package io.pulse.messaging.local;

import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The auto-response-service's promises, checked through the gateway. */
final class AutoResponseChecks implements FeatureChecks.Group {

    static final String RULES = "/api/auto-responses/rules";
    static final String EVALUATE = "/api/auto-responses/evaluate";

    @Override
    public String title() {
        return "auto-response-service";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a keyword rule answers a matching message and is invisible to another user", () -> keywordRule(owner, other));
        registry.check("a rule without a name is refused with a problem and nothing is created", () -> invalidRule(owner));
    }

    private static void keywordRule(CheckUser owner, CheckUser other) {
        JsonObject rule = owner.ok("POST", RULES, new JsonObject().put("name", "Pricing questions")
                .put("conditions", new JsonObject().put("keywords", new JsonObject().put("terms", new JsonArray().add("pricing"))))
                .put("template", "Hi {{sender.firstName | \"there\"}}, our prices are at example.com/prices."));
        String id = rule.getString("id");
        JsonObject answer = owner.ok("POST", EVALUATE, message("What is your pricing for teams?", "email"));
        requireEqual(Boolean.TRUE, answer.getBoolean("reply"), "reply to a message about pricing");
        require(answer.getString("text", "").contains("example.com/prices"), "the reply is the rule's template: " + answer);
        other.expect(404, "GET", RULES + "/" + id, null);
        JsonObject othersList = other.ok("GET", RULES, null);
        require(othersList.getJsonArray("items", new JsonArray()).isEmpty(), "another user's rule list is empty: " + othersList);
    }

    private static void invalidRule(CheckUser owner) {
        int before = owner.ok("GET", RULES + "?limit=100", null).getJsonArray("items").size();
        owner.expect(400, "POST", RULES, new JsonObject().put("template", "Hello"));
        requireEqual(before, owner.ok("GET", RULES + "?limit=100", null).getJsonArray("items").size(), "rules after a refused create");
    }

    /** An incoming message from a new external sender, as the messaging app sends it for evaluation. */
    static JsonObject message(String content, String channel) {
        return message(content, channel, "dana." + UUID.randomUUID() + "@customer.example");
    }

    /** An incoming message from a new sender with the address {@code email}. */
    static JsonObject message(String content, String channel, String email) {
        return new JsonObject()
                .put("messageId", UUID.randomUUID().toString())
                .put("conversationId", UUID.randomUUID().toString())
                .put("sender", new JsonObject().put("id", UUID.randomUUID().toString()).put("name", "Dana Whitfield")
                        .put("email", email))
                .put("content", content)
                .put("sentAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("channel", channel);
    }
}
