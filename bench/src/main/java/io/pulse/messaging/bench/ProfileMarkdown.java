package io.pulse.messaging.bench;

import java.util.Locale;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The profiles in the Markdown report: one line per window, with the categories and methods that took the most samples. */
final class ProfileMarkdown {

    private ProfileMarkdown() {
    }

    static String markdown(JsonArray profiles) {
        StringBuilder md = new StringBuilder();
        for (Object item : profiles) {
            JsonObject p = (JsonObject) item;
            md.append(String.format(Locale.ROOT, "- **%s** at %d clients (%s, %d samples, GC %d collections / %.0f ms paused). ",
                    p.getString("workload"), p.getInteger("concurrency"), p.getString("service"), p.getLong("samples"),
                    p.getLong("gcCollections"), p.getDouble("gcPauseMs")));
            JsonObject threads = p.getJsonObject("threadCores", new JsonObject());
            md.append(String.format(Locale.ROOT, "Cores used by the service: %.2f (", p.getDouble("serviceCores", 0.0)))
                    .append(threads.fieldNames().stream().map(g -> String.format(Locale.ROOT, "%s %.2f", g, threads.getDouble(g)))
                            .collect(Collectors.joining(", ")))
                    .append("). Request threads by library: ");
            md.append(shares(p.getJsonArray("categories"), 8)).append(". Top methods: ")
                    .append(shares(p.getJsonArray("methods"), 6)).append(".\n");
        }
        return md.toString();
    }

    private static String shares(JsonArray entries, int limit) {
        return entries.stream().limit(limit).map(JsonObject.class::cast)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getString("name"), 100 * e.getDouble("share")))
                .collect(Collectors.joining(", "));
    }
}
