package io.pulse.messaging.local;

import static io.pulse.messaging.local.DemoClient.array;
import static io.pulse.messaging.local.DemoText.heading;
import static io.pulse.messaging.local.DemoText.number;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The demo's brainstorm-service step: a short SCAMPER session, then suggestions for a step and clusters by meaning. */
final class DemoBrainstorm {

    /** The session's ideas: SCAMPER step, then text. */
    private static final String[][] IDEAS = {
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

    private final DemoClient client;
    private final PrintStream out;

    DemoBrainstorm(DemoClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    void run() {
        heading(out, "4. Brainstorm: a short SCAMPER session with suggestions, clustering, a voting round and an action item");
        JsonObject session = client.call("POST", "/api/brainstorm/sessions", new JsonObject()
                .put("title", "Launch-day onboarding")
                .put("topic", "How can we make the first five minutes in the mobile app delightful for new customers?")
                .put("framework", "scamper"));
        String id = session.getString("id");
        out.printf("Session %s (%s), steps: %s%n", id, session.getString("framework"),
                String.join(", ", array(session, "steps").stream().map(step -> ((JsonObject) step).getString("key")).toList()));
        for (String[] idea : IDEAS) {
            client.call("POST", "/api/brainstorm/sessions/" + id + "/ideas", new JsonObject().put("step", idea[0]).put("text", idea[1]));
        }
        out.printf("Added %d ideas.%n", IDEAS.length);

        JsonObject suggestions = client.call("POST", "/api/brainstorm/sessions/" + id + "/suggestions",
                new JsonObject().put("step", "put_to_another_use").put("count", 3));
        out.printf("Suggestions for \"%s\" (engine %s, cached %s):%n", suggestions.getString("step"), suggestions.getString("engine"),
                suggestions.getValue("cached"));
        for (Object item : array(suggestions, "suggestions")) {
            out.println("  + " + ((JsonObject) item).getString("text"));
        }

        JsonObject clustering = client.call("POST", "/api/brainstorm/sessions/" + id + "/clusters", null);
        out.println("Clusters by meaning:");
        for (Object item : array(clustering, "clusters")) {
            JsonObject cluster = (JsonObject) item;
            out.printf("  \"%s\" (%d ideas, cohesion %s)%n", cluster.getString("label"), array(cluster, "ideaIds").size(),
                    number(cluster.getValue("cohesion")));
        }
        out.printf("  unclustered: %d, merge proposals: %d%n", array(clustering, "unclustered").size(),
                array(clustering, "mergeProposals").size());
        voteAndAct(id);
    }

    /** A voting round on the ideas (two votes), its ranked results, and the winner made an action item. */
    private void voteAndAct(String session) {
        String base = "/api/brainstorm/sessions/" + session;
        JsonArray ideas = array(client.call("GET", base + "/ideas?limit=3", null), "items");
        String round = client.call("POST", base + "/voting-rounds", new JsonObject().put("votesPerParticipant", 2)).getString("id");
        for (int i = 0; i < Math.min(2, ideas.size()); i++) {
            client.call("POST", base + "/ideas/" + ideas.getJsonObject(i).getString("id") + "/votes", null);
        }
        JsonArray results = array(client.call("POST", base + "/voting-rounds/" + round + "/end", null), "results");
        out.println("Voting round (2 votes each), ended by the owner; the top of its results:");
        for (int i = 0; i < Math.min(3, results.size()); i++) {
            JsonObject result = results.getJsonObject(i);
            out.printf("  #%d  %d vote(s)  %s%n", result.getInteger("rank"), result.getLong("votes"), result.getString("text"));
        }
        if (!results.isEmpty()) {
            String due = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
            JsonObject item = client.call("POST", base + "/ideas/" + results.getJsonObject(0).getString("ideaId") + "/action-item",
                    new JsonObject().put("ownerId", PulseLocal.DEMO_USER.toString()).put("dueDate", due));
            out.printf("Action item: \"%s\", owner Demo User, due %s (in the session's export too)%n", item.getString("ideaText"), due);
        }
    }
}
