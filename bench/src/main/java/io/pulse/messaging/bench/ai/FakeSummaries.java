package io.pulse.messaging.bench.ai;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The fake model's thread summary: the first and the last message as the prose, the first message as the key point
 * and the request, the fifth (the bench thread's commitment) as the decision, each citing its message's id.
 */
final class FakeSummaries {

    private FakeSummaries() {
    }

    static String answer(String instructions, JsonObject data) {
        JsonArray messages = data.getJsonArray("messages", new JsonArray());
        if (!instructions.startsWith("You summarise one chat conversation") || messages.isEmpty()) {
            return "{}";
        }
        JsonObject first = messages.getJsonObject(0);
        JsonObject last = messages.getJsonObject(messages.size() - 1);
        JsonObject commitment = messages.getJsonObject(Math.min(4, messages.size() - 1));
        return new JsonObject()
                .put("summary", new JsonArray()
                        .add(cited("The customer reported a problem with an order and asked for a refund.", first))
                        .add(cited("The team agreed on the next step and the customer was told what to expect.", last)))
                .put("keyPoints", new JsonArray().add(cited("A customer asked for a refund for a damaged order.", first)))
                .put("actionItems", new JsonArray())
                .put("decisions", new JsonArray().add(new JsonObject()
                        .put("text", "The team will refund the order.").put("decidedBy", commitment.getString("from"))
                        .put("messageIds", new JsonArray().add(commitment.getString("id"))).put("reversed", false)
                        .put("reversedByMessageIds", new JsonArray())))
                .put("openQuestions", new JsonArray())
                .encode();
    }

    private static JsonObject cited(String text, JsonObject message) {
        return new JsonObject().put("text", text).put("messageIds", new JsonArray().add(message.getString("id")));
    }
}
