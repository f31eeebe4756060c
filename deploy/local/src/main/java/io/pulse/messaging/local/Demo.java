package io.pulse.messaging.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The demo: calls every service through the gateway, as the app's clients do, with one realistic team conversation,
 * and prints what each answered. Any call that does not succeed stops the demo with a non-zero exit, so CI can run
 * it as a smoke test of the packaged suite.
 *
 * <p>{@code ./pulse demo [--gateway http://localhost:8080]}; the suite must be running ({@code ./pulse up}).
 */
public final class Demo {

    /** Thrown when a call fails: the demo stops there. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private record Person(UUID id, String name, String email) {
    }

    private record Line(Person from, int minutesAfterStart, String text) {
    }

    private static final Person ALICE = new Person(UUID.fromString("a11ce000-0000-4000-8000-000000000001"), "Alice Martin", "alice@acme.example");
    private static final Person BOB = new Person(UUID.fromString("b0b00000-0000-4000-8000-000000000002"), "Bob Chen", "bob@acme.example");
    private static final Person CAROL = new Person(UUID.fromString("ca201000-0000-4000-8000-000000000003"), "Carol Diaz", "carol@acme.example");

    /** A product team's thread about a launch: requests, commitments, a decision, a reversal, questions, a bad turn. */
    private static final List<Line> THREAD = List.of(
            new Line(ALICE, 0, "Morning all! Quick sync on the mobile app launch. Where are we with the release build?"),
            new Line(BOB, 4, "The release build is green. I'll send the updated release notes by Friday."),
            new Line(CAROL, 9, "Great work Bob! The marketing page is ready, but legal still hasn't approved the new privacy policy."),
            new Line(ALICE, 13, "Carol, can you chase legal today? We can't launch without their sign-off."),
            new Line(CAROL, 15, "Sure, I'll ping them right after lunch."),
            new Line(BOB, 22, "Should we launch on December 3 or wait until December 8 for the Android fixes?"),
            new Line(ALICE, 30, "Let's go with December 3 as the launch date, the Android fixes can ship in a patch."),
            new Line(BOB, 41, "Hmm, QA just found a crash on Android 12 when you open the camera. That is really bad."),
            new Line(CAROL, 44, "Ugh, that's frustrating. Customers will hate a crash on day one."),
            new Line(ALICE, 52, "Agreed, we can't ship a crash. Change of plan: we decided to move the launch to December 8 instead."),
            new Line(BOB, 58, "Makes sense. Alice, could you update the launch checklist by tomorrow?"),
            new Line(CAROL, 65, "Does anyone know who is writing the announcement email for customers?"),
            new Line(ALICE, 70, "Checklist updated, done. Thanks both, great teamwork!"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String token;
    private final PrintStream out;
    private final OffsetDateTime start;
    private final List<UUID> messageIds = new ArrayList<>();

    Demo(String gateway, String token, PrintStream out) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.token = token;
        this.out = out;
        // The conversation took place over the last few hours, so it is in the past whenever the demo runs.
        this.start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        for (int i = 0; i < THREAD.size(); i++) {
            messageIds.add(UUID.nameUUIDFromBytes(("pulse-demo-message-" + i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Runs every step; returns the process exit status. */
    public static int run(String gateway, PrintStream out) {
        String token = TokenMinter.development().forUser(PulseLocal.DEMO_USER).name("Demo User").lifetime(Duration.ofHours(1)).sign();
        Demo demo = new Demo(gateway, token, out);
        try {
            demo.autoResponses();
            demo.summaries();
            demo.intelligence();
            demo.brainstorm();
            out.println();
            out.println("Demo complete: every service answered through the gateway at " + demo.gateway + ".");
            return 0;
        } catch (Failure e) {
            out.flush();
            System.err.println();
            System.err.println("Demo failed: " + e.getMessage());
            return 1;
        }
    }

    // --- auto-response-service ---------------------------------------------------------------------------------

    void autoResponses() {
        heading("1. Auto-responses: an out-of-office reply, evaluated on incoming messages");
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
        JsonObject rule = call("PUT", "/api/auto-responses/out-of-office", outOfOffice);
        out.printf("Out-of-office saved (rule %s), active now: %s, until %s%n", rule.getString("ruleId"), rule.getValue("active"),
                rule.getString("until"));

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
            JsonObject result = call("POST", "/api/auto-responses/evaluate", message);
            out.printf("%nIncoming from Dana: \"%s\"%n", content);
            if (Boolean.TRUE.equals(result.getBoolean("reply"))) {
                out.printf("  -> reply by rule \"%s\" (engine %s, personalised %s):%n", result.getString("ruleName"), result.getString("engine"),
                        result.getValue("personalised"));
                out.println(indent(result.getString("text"), "     "));
            } else {
                out.printf("  -> no reply: %s (%s)%n", result.getString("reason"), result.getString("detail"));
            }
        }

        JsonObject log = call("GET", "/api/auto-responses/log?conversationId=" + conversation + "&limit=10", null);
        out.println();
        out.println("Audit log of that conversation:");
        for (Object item : array(log, "items")) {
            JsonObject entry = (JsonObject) item;
            out.printf("  %s  %-10s %s%n", entry.getString("createdAt"),
                    entry.getString("status"), orEmpty(entry.getString("reason")));
        }
    }

    // --- summarization-service ---------------------------------------------------------------------------------

    void summaries() {
        heading("2. Summaries: the launch thread");
        JsonObject request = new JsonObject()
                .put("conversationId", conversationId().toString())
                .put("type", "thread")
                .put("messages", messages())
                .put("options", new JsonObject().put("maxKeyPoints", 4).put("readerName", "Carol Diaz").put("timeZone", "Europe/Paris"));
        JsonObject summary = call("POST", "/api/summaries", request);
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
        JsonObject again = call("POST", "/api/summaries", request);
        out.printf("Same request again: cached=%s (engine %s, expires %s)%n", again.getValue("cached"), again.getString("engine"),
                again.getString("expiresAt"));
    }

    // --- intelligence-service ----------------------------------------------------------------------------------

    void intelligence() {
        heading("3. Conversation intelligence: sentiment, topics, engagement, follow-ups");
        JsonObject request = new JsonObject()
                .put("messages", messages())
                .put("topics", new JsonArray().add(new JsonObject().put("name", "product launch")
                        .put("description", "Launch dates, release builds, release notes and launch checklists for a product release")));
        JsonObject insight = call("POST", "/api/intelligence/conversations/" + conversationId() + "/analyze", request);
        JsonObject sentiment = insight.getJsonObject("sentiment", new JsonObject());
        out.printf("Sentiment: %s (score %s, confidence %s)%n", sentiment.getString("label"), number(sentiment.getValue("score")),
                number(sentiment.getValue("confidence")));
        out.println("Per message:");
        for (Object item : array(insight, "messages")) {
            JsonObject entry = (JsonObject) item;
            String id = entry.getString("messageId", entry.getString("id"));
            out.printf("  %-9s %6s  %s%n", entry.getString("label"), number(entry.getValue("score")), excerpt(textOf(id), 70));
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
    }

    // --- brainstorm-service ------------------------------------------------------------------------------------

    void brainstorm() {
        heading("4. Brainstorm: a short SCAMPER session with suggestions and clustering");
        JsonObject session = call("POST", "/api/brainstorm/sessions", new JsonObject()
                .put("title", "Launch-day onboarding")
                .put("topic", "How can we make the first five minutes in the mobile app delightful for new customers?")
                .put("framework", "scamper"));
        String id = session.getString("id");
        out.printf("Session %s (%s), steps: %s%n", id, session.getString("framework"),
                String.join(", ", array(session, "steps").stream().map(step -> ((JsonObject) step).getString("key")).toList()));
        String[][] ideas = {
                {"substitute", "Replace the sign-up form with sign in with Apple or Google"},
                {"substitute", "Swap the long tutorial for three short interactive tooltips"},
                {"combine", "Combine onboarding with importing contacts from the phone"},
                {"combine", "Merge the welcome email and the first push notification into one message"},
                {"adapt", "Borrow Duolingo-style streaks to reward the first week of use"},
                {"modify", "Show a progress bar for profile completion"},
                {"modify", "Make the profile completion progress visible on the home screen"},
                {"eliminate", "Remove the mandatory email verification before the first message"},
                {"eliminate", "Drop the permissions prompt until a feature actually needs it"},
                {"reverse", "Let new users send a message first and create the account afterwards"}};
        for (String[] idea : ideas) {
            call("POST", "/api/brainstorm/sessions/" + id + "/ideas", new JsonObject().put("step", idea[0]).put("text", idea[1]));
        }
        out.printf("Added %d ideas.%n", ideas.length);

        JsonObject suggestions = call("POST", "/api/brainstorm/sessions/" + id + "/suggestions",
                new JsonObject().put("step", "put_to_another_use").put("count", 3));
        out.printf("Suggestions for \"%s\" (engine %s, cached %s):%n", suggestions.getString("step"), suggestions.getString("engine"),
                suggestions.getValue("cached"));
        for (Object item : array(suggestions, "suggestions")) {
            out.println("  + " + ((JsonObject) item).getString("text"));
        }

        JsonObject clustering = call("POST", "/api/brainstorm/sessions/" + id + "/clusters", null);
        out.println("Clusters by meaning:");
        for (Object item : array(clustering, "clusters")) {
            JsonObject cluster = (JsonObject) item;
            out.printf("  \"%s\" (%d ideas, cohesion %s)%n", cluster.getString("label"), array(cluster, "ideaIds").size(),
                    number(cluster.getValue("cohesion")));
        }
        out.printf("  unclustered: %d, merge proposals: %d%n", array(clustering, "unclustered").size(),
                array(clustering, "mergeProposals").size());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private UUID conversationId() {
        return UUID.nameUUIDFromBytes("pulse-demo-launch-thread".getBytes(StandardCharsets.UTF_8));
    }

    /** The thread as the services take it: summaries want UUID ids, intelligence takes any string id. */
    private JsonArray messages() {
        JsonArray messages = new JsonArray();
        for (int i = 0; i < THREAD.size(); i++) {
            Line line = THREAD.get(i);
            messages.add(new JsonObject()
                    .put("id", messageIds.get(i).toString())
                    .put("sender", new JsonObject().put("id", line.from().id().toString()).put("name", line.from().name()))
                    .put("content", line.text())
                    .put("sentAt", start.plusMinutes(line.minutesAfterStart()).toString()));
        }
        return messages;
    }

    private String textOf(String messageId) {
        int index = messageId == null ? -1 : messageIds.indexOf(UUID.fromString(messageId));
        return index < 0 ? "" : THREAD.get(index).from().name().split(" ")[0] + ": " + THREAD.get(index).text();
    }

    private JsonObject call(String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.encode()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Failure(method + " " + path + ": cannot reach the gateway at " + gateway + " (" + e.getMessage()
                    + "). Is the suite running (./pulse up)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new Failure(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? new JsonObject() : new JsonObject(text);
    }

    private static JsonArray array(JsonObject object, String field) {
        JsonArray array = object.getJsonArray(field);
        return array == null ? new JsonArray() : array;
    }

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    private static String speaker(JsonObject person) {
        return person == null ? "" : " (" + person.getString("name") + ")";
    }

    private static String number(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : String.valueOf(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static String indent(String text, String prefix) {
        return text == null ? prefix : prefix + text.replace("\n", "\n" + prefix);
    }

    private static String wrap(String text, int width, String prefix) {
        if (text == null) {
            return "";
        }
        StringBuilder wrapped = new StringBuilder(prefix);
        int column = prefix.length();
        for (String word : text.split(" ")) {
            if (column + word.length() > width && column > prefix.length()) {
                wrapped.append('\n').append(prefix);
                column = prefix.length();
            } else if (column > prefix.length()) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
        return wrapped.toString();
    }
}
