package io.pulse.messaging.bench.ai;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The fake model's thread summary: the first, the fifth (the bench thread's commitment) and the last message's own words
 * as the prose, the first as the key point, the fifth as the decision, each citing its message's id.
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
                .put("summary", new JsonArray().add(cited(text(first), first)).add(cited(text(commitment), commitment))
                        .add(cited(text(last), last)))
                .put("keyPoints", new JsonArray().add(cited(text(first), first)))
                .put("actionItems", new JsonArray())
                .put("decisions", new JsonArray().add(new JsonObject()
                        .put("text", text(commitment)).put("decidedBy", commitment.getString("from"))
                        .put("messageIds", new JsonArray().add(commitment.getString("id"))).put("reversed", false)
                        .put("reversedByMessageIds", new JsonArray())))
                .put("openQuestions", new JsonArray())
                .encode();
    }

    /** The message's own words: a summary that quotes is grounded by construction, whatever the thread says. */
    private static String text(JsonObject message) {
        return message.getString("text", "");
    }

    private static JsonObject cited(String text, JsonObject message) {
        return new JsonObject().put("text", text).put("messageIds", new JsonArray().add(message.getString("id")));
    }
}
