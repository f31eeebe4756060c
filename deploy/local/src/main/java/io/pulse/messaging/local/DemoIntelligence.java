package io.pulse.messaging.local;

import static io.pulse.messaging.local.DemoClient.array;
import static io.pulse.messaging.local.DemoText.excerpt;
import static io.pulse.messaging.local.DemoText.heading;
import static io.pulse.messaging.local.DemoText.number;

import java.io.PrintStream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The demo's intelligence-service step: sentiment, topics, engagement and follow-ups of the launch thread. */
final class DemoIntelligence {

    private final DemoClient client;
    private final DemoConversation conversation;
    private final PrintStream out;

    DemoIntelligence(DemoClient client, DemoConversation conversation, PrintStream out) {
        this.client = client;
        this.conversation = conversation;
        this.out = out;
    }

    void run() {
        heading(out, "3. Conversation intelligence: sentiment, topics, engagement, follow-ups");
        JsonObject request = new JsonObject()
                .put("messages", conversation.messages())
                .put("title", "Launch readiness").put("channel", "chat")
                .put("topics", new JsonArray().add(new JsonObject().put("name", "product launch")
                        .put("description", "Launch dates, release builds, release notes and launch checklists for a product release")));
        JsonObject insight = client.call("POST", "/api/intelligence/conversations/" + conversation.conversationId() + "/analyze", request);
        JsonObject sentiment = insight.getJsonObject("sentiment", new JsonObject());
        out.printf("Sentiment: %s (score %s, confidence %s)%n", sentiment.getString("label"), number(sentiment.getValue("score")),
                number(sentiment.getValue("confidence")));
        out.println("Per message:");
        for (Object item : array(insight, "messages")) {
            JsonObject entry = (JsonObject) item;
            String id = entry.getString("messageId", entry.getString("id"));
            out.printf("  %-9s %6s  %s%n", entry.getString("label"), number(entry.getValue("score")), excerpt(conversation.textOf(id), 70));
        }
        out.println("Topics:");
        for (Object item : array(insight, "topics")) {
            JsonObject topic = (JsonObject) item;
            out.printf("  %-22s confidence %s (%s)%n", topic.getString("name"), number(topic.getValue("confidence")), topic.getString("source"));
        }
        JsonObject engagement = insight.getJsonObject("engagement", new JsonObject());
        out.printf("Engagement: score %s, trend %s%n", number(engagement.getValue("score")), engagement.getString("trend"));
        out.println("Follow-ups:");
        for (Object item : array(insight, "followUps")) {
            JsonObject followUp = (JsonObject) item;
            out.printf("  %s: \"%s\"%n      suggested: %s%n", followUp.getString("type"), excerpt(followUp.getString("excerpt"), 80),
                    followUp.getString("suggestedText"));
        }
        for (Object item : array(insight, "alerts")) {
            JsonObject alert = (JsonObject) item;
            out.printf("Alert (%s): %s%n", alert.getString("severity"), alert.getString("message"));
        }
        JsonObject overview = client.call("GET", "/api/intelligence/overview?activeWithin=P7D&limit=3", null);
        out.println("Overview of the conversations active this week (an inbox: mood, trend, open follow-ups):");
        for (Object item : array(overview, "items")) {
            JsonObject row = (JsonObject) item;
            out.printf("  %-20s %-6s %-9s trend %-17s open follow-ups %d%n", excerpt(String.valueOf(row.getString("title")), 20),
                    row.getString("channel"), row.getString("sentiment"), row.getString("sentimentTrend"), row.getInteger("openFollowUps"));
        }
    }
}
