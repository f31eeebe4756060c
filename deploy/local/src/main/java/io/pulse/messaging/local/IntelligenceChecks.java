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
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID AGENT = UUID.randomUUID();

    @Override
    public String title() {
        return "intelligence-service";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("an angry customer thread is negative, and another user cannot read its analysis", () -> negativeThread(owner, other));
        registry.check("the overview finds \"negative and declining this week\" in one call, with title, channel and open "
                + "follow-ups; a follow-up marked done is no longer open", () -> overview(owner, other));
    }

    private static void negativeThread(CheckUser owner, CheckUser other) {
        UUID conversation = UUID.randomUUID();
        JsonObject insight = owner.ok("POST", CONVERSATIONS + conversation + "/analyze", new JsonObject().put("messages", complaint()));
        String label = insight.getJsonObject("sentiment", new JsonObject()).getString("label");
        require("negative".equals(label), "a thread of complaints is negative, got " + label);
        other.expect(404, "GET", CONVERSATIONS + conversation, null);
    }

    private static void overview(CheckUser owner, CheckUser other) {
        UUID conversation = UUID.randomUUID();
        String path = CONVERSATIONS + conversation + "/analyze";
        JsonArray calm = thread(new String[][] {{"c", "Hi, I ordered the blue kettle last week, order 58213."},
                {"a", "Thanks, it ships tomorrow."}}, 2 * 24 * 60);
        owner.ok("POST", path, new JsonObject().put("messages", calm).put("title", "Order 58213").put("channel", "email"));
        JsonArray worse = calm.copy();
        complaint().forEach(worse::add);
        JsonObject insight = owner.ok("POST", path, new JsonObject().put("messages", worse));
        JsonArray followUps = insight.getJsonArray("followUps", new JsonArray());
        require(!followUps.isEmpty(), "the customer's last question waits for an answer: " + insight);
        JsonObject item = findItem(owner.ok("GET", "/api/intelligence/overview?sentiment=negative&trend=declining&activeWithin=P7D", null),
                conversation);
        require(item != null, "the conversation is negative and declining this week");
        require("Order 58213".equals(item.getString("title")) && "email".equals(item.getString("channel")),
                "the title and channel of the first analysis are kept: " + item);
        int open = item.getInteger("openFollowUps");
        require(open >= 1, "open follow-ups are counted: " + item);
        owner.ok("PATCH", CONVERSATIONS + conversation + "/follow-ups/" + followUps.getJsonObject(0).getString("id"),
                new JsonObject().put("status", "done"));
        JsonObject after = findItem(owner.ok("GET", "/api/intelligence/overview?title=58213", null), conversation);
        require(after != null && after.getInteger("openFollowUps") == open - 1, "a follow-up marked done is no longer open: " + after);
        require(findItem(other.ok("GET", "/api/intelligence/overview", null), conversation) == null, "another user's overview");
        owner.expect(400, "GET", "/api/intelligence/overview?sort=loudness", null);
    }

    private static JsonObject findItem(JsonObject overview, UUID conversation) {
        for (Object item : overview.getJsonArray("items", new JsonArray())) {
            if (conversation.toString().equals(((JsonObject) item).getString("conversationId"))) {
                return (JsonObject) item;
            }
        }
        return null;
    }

    /** A customer's complaint and an agent's apology, two minutes apart, from 200 minutes ago: the last question waits. */
    static JsonArray complaint() {
        return thread(new String[][] {
                {"c", "My refund still hasn't arrived after three weeks. This is the second time this happens, I'm really upset."},
                {"a", "I'm really sorry to hear that. Could you send me your order number?"},
                {"c", "Order 58213. Honestly this is unacceptable, nobody answered my last two emails."},
                {"c", "I'm very disappointed, this is the worst service I have had. When will I get my money back?"},
        }, 200);
    }

    /** Lines of a customer ("c") and an agent ("a"), two minutes apart, from {@code minutesAgo} minutes ago. */
    static JsonArray thread(String[][] lines, int minutesAgo) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo);
        JsonArray messages = new JsonArray();
        for (int i = 0; i < lines.length; i++) {
            boolean fromCustomer = "c".equals(lines[i][0]);
            messages.add(new JsonObject().put("id", UUID.randomUUID().toString())
                    .put("sender", new JsonObject().put("id", (fromCustomer ? CUSTOMER : AGENT).toString())
                            .put("name", fromCustomer ? "Sam Customer" : "Alex Agent"))
                    .put("content", lines[i][1])
                    .put("sentAt", start.plusMinutes(2L * i).toString()));
        }
        return messages;
    }
}
