package io.pulse.messaging.bench.ai;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The bodies of the AI workloads' requests: the i-th request of a run differs from every other (its order number,
 * amount and people), so that no cache answers it and every one reaches the engine.
 */
final class AiRequests {

    private static final String[][] SUPPORT = {
            { "customer", "Hi, my blender arrived with a cracked jar. Order #%d. I'd like a refund please." },
            { "agent", "Sorry to hear that, %s. Could you send a photo of the damage?" },
            { "customer", "Photo attached. This is the second time this happens with your shop." },
            { "agent", "Thanks. I checked with the warehouse: the whole batch had packing issues." },
            { "lead", "We'll refund the full %d EUR and send a prepaid return label today." },
            { "agent", "%s, can you confirm the refund once finance approves it?" },
            { "lead", "Finance approved it. Refund issued." },
            { "customer", "Thanks. When will I see the money on my card?" },
            { "agent", "Usually within 3 to 5 business days. Anything else I can help with?" },
            { "customer", "No, that's all. Please make sure the packing gets fixed." } };

    private AiRequests() {
    }

    static JsonArray thread(int i) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
        List<String> people = List.of("Marta " + i, "Lee " + i, "Sam " + i);
        JsonArray messages = new JsonArray();
        for (int m = 0; m < SUPPORT.length; m++) {
            int who = switch (SUPPORT[m][0]) { case "customer" -> 0; case "agent" -> 1; default -> 2; };
            String text = String.format(SUPPORT[m][1], m == 0 ? 80_000 + i : m == 4 ? 100 + i : 0,
                    people.get(m == 5 ? 2 : 0)).replace("#0", "#" + (80_000 + i));
            messages.add(new JsonObject()
                    .put("id", UUID.nameUUIDFromBytes(("bench-ai-" + i + "-" + m).getBytes()).toString())
                    .put("sender", new JsonObject().put("id", UUID.nameUUIDFromBytes(("bench-person-" + i + "-" + who)
                            .getBytes()).toString()).put("name", people.get(who)))
                    .put("content", text)
                    .put("sentAt", start.plusMinutes(7L * m).toString()));
        }
        return messages;
    }

    static JsonObject summary(int i) {
        return new JsonObject().put("conversationId", UUID.randomUUID().toString()).put("type", "thread")
                .put("messages", thread(i));
    }

    static JsonObject analysis(int i) {
        return new JsonObject().put("messages", thread(i)).put("topics", new JsonArray().add(new JsonObject()
                .put("name", "refunds").put("description", "Refunds, returns, chargebacks and money back for orders")));
    }

    static JsonObject smartReplies(int i) {
        String[] asks = { "Could we move our Thursday 2pm sync to Friday morning? Order review #%d needs more time.",
                "great, another outage. third time this week (ticket %d). love it.",
                "The refund for order %d still hasn't arrived after 3 weeks. What is going on?" };
        return new JsonObject().put("content", String.format(asks[i % asks.length], 40_000 + i))
                .put("senderName", "Priya " + i);
    }

    static JsonObject session(int i) {
        return new JsonObject().put("title", "Onboarding " + i)
                .put("topic", "How can new customers of shop " + i + " get to their first order in five minutes?")
                .put("framework", "scamper");
    }

    static List<String> ideas(int i) {
        return List.of("Replace the sign-up form with a one-tap Apple or Google login",
                "Combine the welcome tour with the first product search",
                "Adapt the checkout of our best partner shop for first orders (" + i + ")",
                "Put the saved-cart reminder to use for people who left during sign-up",
                "Eliminate the mandatory newsletter question from onboarding");
    }
}
