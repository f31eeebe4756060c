package io.pulse.messaging.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;

/** One run's profile: the recording's CPU samples and collections within the run's window, summed as JSON. */
final class WindowSummary {

    private WindowSummary() {
    }

    /** The samples by category and by method (shares of the window's samples), GC figures and CPU cores by thread group. */
    static JsonObject summarise(Profiler.Window window, List<RecordedEvent> events) {
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> methods = new HashMap<>();
        long samples = 0;
        double gcPauseMs = 0;
        long collections = 0;
        for (RecordedEvent event : events) {
            Instant at = event.getStartTime();
            if (at.isBefore(window.from()) || at.isAfter(window.to())) {
                continue;
            }
            String type = event.getEventType().getName();
            if ("jdk.GarbageCollection".equals(type)) {
                collections++;
                gcPauseMs += event.getDuration("sumOfPauses").toNanos() / 1e6;
            } else if ("jdk.ExecutionSample".equals(type) && event.getStackTrace() != null) {
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                categories.merge(SampleCharging.category(frames), 1L, Long::sum);
                methods.merge(SampleCharging.name(SampleCharging.charged(frames)), 1L, Long::sum);
            }
        }
        JsonObject summary = new JsonObject().put("workload", window.workload()).put("concurrency", window.level())
                .put("service", window.service()).put("samples", samples).put("gcCollections", collections)
                .put("gcPauseMs", Math.round(gcPauseMs * 10) / 10.0);
        JsonObject threads = new JsonObject();
        window.cpuCores().forEach((key, cores) -> {
            if (key.startsWith(window.service() + "/")) {
                threads.put(key.substring(window.service().length() + 1), cores);
            }
        });
        summary.put("serviceCores", window.cpuCores().get(window.service())).put("threadCores", threads);
        summary.put("categories", top(categories, samples, 20));
        summary.put("methods", top(methods, samples, 12));
        return summary;
    }

    private static JsonArray top(Map<String, Long> counts, long total, int limit) {
        JsonArray top = new JsonArray();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(e -> top.add(new JsonObject().put("name", e.getKey())
                        .put("share", Math.round(1000.0 * e.getValue() / Math.max(1, total)) / 1000.0)));
        return top;
    }
}
