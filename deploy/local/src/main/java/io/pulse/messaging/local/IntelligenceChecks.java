package io.pulse.messaging.local;

import static io.pulse.messaging.local.CheckFailure.require;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The intelligence-service's promises, checked through the gateway. */
final class IntelligenceChecks implements FeatureChecks.Group {

    static final String CONVERSATIONS = "/api/intelligence/conversations/";

    @Override
    public String title() {
        return "intelligence-service";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("an angry customer thread is negative, and another user cannot read its analysis", () -> negativeThread(owner, other));
    }

    private static void negativeThread(CheckUser owner, CheckUser other) {
        UUID conversation = UUID.randomUUID();
        JsonObject insight = owner.ok("POST", CONVERSATIONS + conversation + "/analyze", new JsonObject().put("messages", complaint()));
        String label = insight.getJsonObject("sentiment", new JsonObject()).getString("label");
        require("negative".equals(label), "a thread of complaints is negative, got " + label);
        other.expect(404, "GET", CONVERSATIONS + conversation, null);
    }

    /** A customer's complaint and an agent's apology, two minutes apart, ending now. */
    static JsonArray complaint() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        UUID customer = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        String[][] lines = {
                {"c", "My refund still hasn't arrived after three weeks. This is the second time this happens, I'm really upset."},
                {"a", "I'm really sorry to hear that. Could you send me your order number?"},
                {"c", "Order 58213. Honestly this is unacceptable, nobody answered my last two emails."},
        };
        JsonArray messages = new JsonArray();
        for (int i = 0; i < lines.length; i++) {
            boolean fromCustomer = "c".equals(lines[i][0]);
            messages.add(new JsonObject().put("id", UUID.randomUUID().toString())
                    .put("sender", new JsonObject().put("id", (fromCustomer ? customer : agent).toString())
                            .put("name", fromCustomer ? "Sam Customer" : "Alex Agent"))
                    .put("content", lines[i][1])
                    .put("sentAt", start.plusMinutes(2L * i).toString()));
        }
        return messages;
    }
}
