package io.pulse.messaging.local;

import static io.pulse.messaging.local.DemoClient.array;
import static io.pulse.messaging.local.DemoText.heading;
import static io.pulse.messaging.local.DemoText.speaker;
import static io.pulse.messaging.local.DemoText.wrap;

import java.io.PrintStream;

import io.vertx.core.json.JsonObject;

/** The demo's summarization-service step: a summary of the launch thread, then the same request answered from cache. */
final class DemoSummaries {

    private final DemoClient client;
    private final DemoConversation conversation;
    private final PrintStream out;

    DemoSummaries(DemoClient client, DemoConversation conversation, PrintStream out) {
        this.client = client;
        this.conversation = conversation;
        this.out = out;
    }

    void run() {
        heading(out, "2. Summaries: the launch thread");
        JsonObject request = new JsonObject()
                .put("conversationId", conversation.conversationId().toString())
                .put("type", "thread")
                .put("messages", conversation.messages())
                .put("options", new JsonObject().put("maxKeyPoints", 4).put("readerName", "Carol Diaz").put("timeZone", "Europe/Paris"));
        JsonObject summary = client.call("POST", "/api/summaries", request);
        out.println(wrap(summary.getString("summary"), 100, ""));
        out.println();
        out.println("Key points:");
        for (Object item : array(summary, "keyPoints")) {
            JsonObject point = (JsonObject) item;
            out.printf("  - %s%s%n", point.getString("text"), speaker(point.getJsonObject("speaker")));
        }
        out.println("Action items:");
        for (Object item : array(summary, "actionItems")) {
            JsonObject action = (JsonObject) item;
            JsonObject owner = action.getJsonObject("owner");
            out.printf("  [%s] %s  (owner: %s%s)%n", action.getBoolean("done", false) ? "x" : " ", action.getString("text"),
                    owner == null ? "nobody named" : owner.getString("name"),
                    action.getString("dueDate") == null ? "" : ", due " + action.getString("dueDate"));
        }
        out.println("Decisions:");
        for (Object item : array(summary, "decisions")) {
            JsonObject decision = (JsonObject) item;
            JsonObject by = decision.getJsonObject("decidedBy");
            out.printf("  - %s%s%s%n", decision.getString("text"), by == null ? "" : " (" + by.getString("name") + ")",
                    decision.getBoolean("reversed", false) ? "  [reversed later]" : "");
        }
        out.println("Open questions:");
        for (Object item : array(summary, "openQuestions")) {
            JsonObject question = (JsonObject) item;
            out.printf("  ? %s%s%n", question.getString("text"), speaker(question.getJsonObject("askedBy")));
        }
        JsonObject again = client.call("POST", "/api/summaries", request);
        out.printf("Same request again: cached=%s (engine %s, expires %s)%n", again.getValue("cached"), again.getString("engine"),
                again.getString("expiresAt"));
    }
}
