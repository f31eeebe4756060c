package io.pulse.messaging.local;

import static io.pulse.messaging.local.DemoClient.array;
import static io.pulse.messaging.local.DemoText.heading;
import static io.pulse.messaging.local.DemoText.indent;
import static io.pulse.messaging.local.DemoText.orEmpty;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The demo's auto-response-service step: an out-of-office reply, evaluated on two incoming messages. */
final class DemoAutoResponses {

    private final DemoClient client;
    private final PrintStream out;

    DemoAutoResponses(DemoClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    void run() {
        heading(out, "1. Auto-responses: an out-of-office reply and a tagging rule, evaluated on incoming messages");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject outOfOffice = new JsonObject()
                .put("enabled", true)
                .put("from", now.minusHours(1).toString())
                .put("until", now.plusDays(7).truncatedTo(ChronoUnit.DAYS).toString())
                .put("message", "Hi {{sender.firstName}}, thanks for your message. I'm out of the office until {{returnDate}} "
                        + "with limited access to messages; for anything urgent, write to carol@acme.example.")
                .put("internalMessage", "I'm on holiday until {{returnDate}}; Carol covers for me.")
                .put("timeZone", "Europe/Paris")
                .put("personalise", true)
                .put("tone", "friendly");
        JsonObject rule = client.call("PUT", "/api/auto-responses/out-of-office", outOfOffice);
        out.printf("Out-of-office saved (rule %s), active now: %s, until %s%n", rule.getString("ruleId"), rule.getValue("active"),
                rule.getString("until"));

        String tagging = taggingRule();
        out.printf("Rule \"%s\" saved: when a message mentions ANY of quote or pricing, tag it \"sales\" (it does not reply)%n",
                tagging);

        // A new external sender each run, so the first message is answered and the second one hits the cooldown.
        UUID sender = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        for (String content : List.of("Hello, could you send me the quote for the annual plan?", "Just following up on my quote request!")) {
            JsonObject message = new JsonObject()
                    .put("messageId", UUID.randomUUID().toString())
                    .put("conversationId", conversation.toString())
                    .put("sender", new JsonObject().put("id", sender.toString()).put("name", "Dana Whitfield").put("email", "dana@customer.example"))
                    .put("content", content)
                    .put("sentAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                    .put("channel", "email")
                    .put("recipient", new JsonObject().put("name", "Demo User").put("timeZone", "Europe/Paris"));
            JsonObject result = client.call("POST", "/api/auto-responses/evaluate", message);
            out.printf("%nIncoming from Dana: \"%s\"%n", content);
            if (Boolean.TRUE.equals(result.getBoolean("reply"))) {
                out.printf("  -> reply by rule \"%s\" (engine %s, personalised %s):%n", result.getString("ruleName"), result.getString("engine"),
                        result.getValue("personalised"));
                out.println(indent(result.getString("text"), "     "));
            } else {
                out.printf("  -> no reply: %s (%s)%n", result.getString("reason"), result.getString("detail"));
            }
            out.printf("  -> tags: %s%n", array(result, "tags").isEmpty() ? "none" : array(result, "tags").encode());
        }

        JsonObject log = client.call("GET", "/api/auto-responses/log?conversationId=" + conversation + "&limit=10", null);
        out.println();
        out.println("Audit log of that conversation:");
        for (Object item : array(log, "items")) {
            JsonObject entry = (JsonObject) item;
            out.printf("  %s  %-10s %s%n", entry.getString("createdAt"),
                    entry.getString("status"), orEmpty(entry.getString("reason")));
        }
    }

    /** A rule that tags quote and pricing requests without answering them (replaced on every run); its name. */
    private String taggingRule() {
        String name = "Demo: tag sales requests";
        for (Object item : array(client.call("GET", "/api/auto-responses/rules?q=" + name.replace(" ", "%20").replace(":", "%3A"), null),
                "items")) {
            client.call("DELETE", "/api/auto-responses/rules/" + ((JsonObject) item).getString("id"), null);
        }
        JsonObject any = new JsonObject().put("any", new JsonArray()
                .add(new JsonObject().put("keywords", new JsonObject().put("terms", new JsonArray().add("quote"))))
                .add(new JsonObject().put("keywords", new JsonObject().put("terms", new JsonArray().add("pricing")))));
        client.call("POST", "/api/auto-responses/rules", new JsonObject().put("name", name).put("priority", 50).put("conditions", any)
                .put("actions", new JsonArray().add(new JsonObject().put("type", "tag").put("tags", new JsonArray().add("sales")))));
        return name;
    }
}
