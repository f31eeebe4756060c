package io.pulse.messaging.bench.ai;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the benchmark's fake model answers: a well-formed answer of the shape each feature's instructions ask for,
 * built from the request's data (its ids, steps and texts), so that the services' parsing, validation and storage
 * run as they would with a model. Its judgements are deliberately plain (a word list for sentiment, the first words
 * of an idea for a label): the benchmark measures the services around the model, not a model's quality. A request it
 * does not recognise gets {@code {}}, which every feature rejects (a fallback, counted as such).
 */
final class FakeAnswers {

    private static final Pattern STEP = Pattern.compile("\"step\" is always \"([a-z_]+)\"");
    private static final Pattern COUNT = Pattern.compile("at most (\\d+) suggestions");
    private static final List<String> NEGATIVE = List.of("crack", "refund", "hasn't", "outage", "bad", "hate", "second time",
            "frustrat", "damage", "still");

    private FakeAnswers() {
    }

    static String answer(JsonObject request) {
        JsonArray messages = request.getJsonArray("messages", new JsonArray());
        if (messages.size() < 2) {
            return "{}";
        }
        String instructions = messages.getJsonObject(0).getString("content", "");
        JsonObject data = new JsonObject(messages.getJsonObject(1).getString("content", "{}"));
        if (instructions.startsWith("You suggest short replies")) {
            return smartReplies();
        }
        if (instructions.startsWith("You name the groups of ideas")) {
            return clusterLabels(data);
        }
        if (instructions.startsWith("You assist a brainstorming session")) {
            return suggestions(instructions, data);
        }
        if (instructions.startsWith("You analyse the messages of one chat conversation")) {
            return insight(data);
        }
        if (instructions.startsWith("You judge the sentiment of short texts")) {
            return sentimentBatch(data);
        }
        return FakeSummaries.answer(instructions, data);
    }

    private static String smartReplies() {
        return new JsonObject().put("kinds", new JsonArray().add(new JsonObject().put("kind", "request").put("score", 0.8)))
                .put("suggestions", new JsonArray()
                        .add(reply("Thanks for letting me know, I will look into it right away.", 0.8))
                        .add(reply("Sorry about the trouble. Could you tell me a bit more?", 0.7))
                        .add(reply("Understood. Let me check and get back to you today.", 0.6)))
                .encode();
    }

    private static JsonObject reply(String text, double confidence) {
        return new JsonObject().put("text", text).put("kind", "request").put("confidence", confidence);
    }

    private static String clusterLabels(JsonObject data) {
        JsonArray labels = new JsonArray();
        JsonArray clusters = data.getJsonArray("clusters", new JsonArray());
        for (int i = 0; i < clusters.size(); i++) {
            JsonObject cluster = clusters.getJsonObject(i);
            JsonArray texts = cluster.getJsonArray("ideas", new JsonArray());
            String first = texts.isEmpty() ? "ideas" : texts.getString(0);
            labels.add(new JsonObject().put("cluster", cluster.getString("id"))
                    .put("label", firstWords(first, 3) + " ideas " + (char) ('A' + i % 26)));
        }
        return new JsonObject().put("labels", labels).encode();
    }

    private static String suggestions(String instructions, JsonObject data) {
        Matcher step = STEP.matcher(instructions);
        Matcher count = COUNT.matcher(instructions);
        String key = step.find() ? step.group(1) : "substitute";
        int n = Math.min(3, count.find() ? Integer.parseInt(count.group(1)) : 3);
        JsonArray ideas = data.getJsonArray("ideas", new JsonArray());
        JsonArray out = new JsonArray();
        for (int i = 0; i < n && i < ideas.size(); i++) {
            JsonObject idea = ideas.getJsonObject(ideas.size() - 1 - i);
            out.add(new JsonObject().put("step", key).put("basedOn", new JsonArray().add(idea.getString("id")))
                    .put("text", "Take \"" + firstWords(idea.getString("text", ""), 5) + "\" further for first-time "
                            + "customers, variant " + (char) ('A' + i))
                    .put("rationale", "Applies the step to an existing idea."));
        }
        return new JsonObject().put("suggestions", out).encode();
    }

    private static String insight(JsonObject data) {
        JsonArray out = new JsonArray();
        for (Object m : data.getJsonArray("messages", new JsonArray())) {
            JsonObject message = (JsonObject) m;
            out.add(judged(message.getString("id"), message.getString("text", "")).put("topics", new JsonArray())
                    .putNull("followUp"));
        }
        return new JsonObject().put("messages", out).encode();
    }

    private static String sentimentBatch(JsonObject data) {
        JsonArray out = new JsonArray();
        for (Object t : data.getJsonArray("texts", new JsonArray())) {
            JsonObject text = (JsonObject) t;
            out.add(judged(text.getString("id"), text.getString("text", "")));
        }
        return new JsonObject().put("results", out).encode();
    }

    private static JsonObject judged(String id, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean negative = NEGATIVE.stream().anyMatch(lower::contains);
        boolean question = lower.contains("?");
        String label = negative ? "negative" : question ? "neutral" : "positive";
        double score = negative ? -0.6 : question ? 0.0 : 0.5;
        return new JsonObject().put("id", id).put("label", label).put("score", score)
                .put("reason", negative ? "complaint" : question ? "question" : "friendly statement");
    }

    static String firstWords(String text, int words) {
        String[] parts = text.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        return String.join(" ", List.of(parts).subList(0, Math.min(words, parts.length)));
    }
}
