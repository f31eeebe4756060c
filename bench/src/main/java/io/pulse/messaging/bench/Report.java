package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Every figure of a run, as JSON (to compare runs) and as the Markdown table bench/README.md shows. */
final class Report {

    private final Bench.Options options;
    private final JsonObject json = new JsonObject();
    private final JsonArray workloads = new JsonArray();
    private final JsonObject startup = new JsonObject();
    private final List<String> rows = new ArrayList<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private long peakActive;
    private long peakOpen;
    private long errors;
    private JsonArray profiles = new JsonArray();
    /** The previous full run's report (bench/results/latest.json as it was before this run), or empty. */
    private final JsonObject previous;

    Report(Bench.Options options) {
        this.options = options;
        this.previous = Targets.previous(options.home().resolve("bench").resolve("results").resolve("latest.json"));
        json.put("startedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        json.put("mode", options.quick() ? "quick" : "full");
        json.put("levels", new JsonArray(options.levels()));
        json.put("secondsPerRun", options.duration().toSeconds());
        json.put("machine", new JsonObject(new LinkedHashMap<>(Bench.Tools.machine())));
        json.put("workloads", workloads);
        json.put("startup", startup);
    }

    void startup(String service, Duration readyAfter, Duration quarkusStartedIn) {
        startup.put(service, new JsonObject().put("launchToReadyMs", readyAfter.toMillis())
                .put("quarkusStartedInMs", quarkusStartedIn == null ? null : quarkusStartedIn.toMillis()));
    }

    /** The start-up figures with and without the trained cache ({@link StartupBench}), on runtime {@code java}. */
    void startupCache(JsonObject figures, String java) {
        StartupFigures.cache(json, startup, figures, java);
    }

    /** The same figures measured on a JDK 25+ beside the build's JDK ({@link StartupFigures#aot}). */
    void startupAot(JsonObject figures) {
        StartupFigures.aot(json, startup, figures);
    }

    void seed(Map<String, Long> counts, Duration took) {
        json.put("seed", new JsonObject(new LinkedHashMap<>(counts)).put("seconds", took.toSeconds()));
    }

    void idleMemory(Map<String, Long> rssKb) {
        json.put("idleRssMb", toMb(rssKb));
    }

    void workload(Workload workload, int level, Wrk.Result result, PgBench.Result ceiling, Sampler.Peak peak) {
        errors += result.errors();
        peak.rssKb().forEach((service, kb) -> peakRss.merge(service, kb, Math::max));
        if (level == options.levels().get(options.levels().size() - 1)) {
            peakActive = Math.max(peakActive, peak.activeConnections());
            peakOpen = Math.max(peakOpen, peak.openConnections());
        }
        JsonObject entry = new JsonObject()
                .put("workload", workload.name()).put("description", workload.description()).put("write", workload.write())
                .put("variant", workload.variant().name().toLowerCase(Locale.ROOT)).put("concurrency", level)
                .put("requests", result.requests()).put("throughput", round(result.throughput()))
                .put("p50Ms", ms(result.p50())).put("p90Ms", ms(result.p90())).put("p99Ms", ms(result.p99())).put("maxMs", ms(result.max()))
                .put("errors", result.errors()).put("non2xx", result.non2xx())
                .put("dbConnectionsActiveMax", peak.activeConnections()).put("dbConnectionsOpenMax", peak.openConnections())
                .put("cpuCores", new JsonObject(new LinkedHashMap<>(peak.cpuCores())));
        Double serviceCores = peak.cpuCores().get(Profiler.serviceOf(workload.name()));
        if (serviceCores != null && result.requests() > 0) {
            // the service's CPU time per request: what one request costs it, whatever the concurrency
            entry.put("serviceCpuMsPerRequest", round(serviceCores * result.seconds() * 1000 / result.requests()));
        }
        if (result.requests() > 0) {
            // this JVM's (the gateway's) CPU per request; in a direct run, the benchmark's own upkeep, no hop
            entry.put("gatewayCpuMsPerRequest", round(peak.cpuCores().getOrDefault(CpuUsage.GATEWAY, 0.0) * result.seconds() * 1000
                    / result.requests()));
        }
        if (result.busy() > 0 || Workloads.HONOURS_RETRY_AFTER.contains(workload.script())) {
            // 503s with Retry-After, which the script waited after: back-pressure, not errors
            entry.put("busy", result.busy()).put("ok", result.extra().getLong("ok", 0L)).put("okThroughput", round(result.okThroughput()))
                    .put("waits", result.extra().getLong("waits", 0L))
                    .put("waitedSeconds", round(result.extra().getLong("waitMs", 0L) / 1000.0));
        }
        if (result.extra().getLong("cacheHits", 0L) > 0 || workload.script().startsWith("sum_cached")) {
            long answers = Math.max(1, result.extra().getLong("answers", 1L));
            entry.put("cacheHitRate", round(result.extra().getLong("cacheHits", 0L) / (double) answers));
        }
        String firstError = result.extra().getString("firstError", "");
        if (!firstError.isEmpty()) {
            entry.put("firstError", firstError);
        }
        if (ceiling != null) {
            entry.put("pgbench", new JsonObject().put("tps", round(ceiling.tps())).put("p50Ms", ms(ceiling.p50()))
                    .put("p99Ms", ms(ceiling.p99())).put("failed", ceiling.failed()));
            entry.put("ratioOfCeiling", round(result.throughput() / Math.max(0.001, ceiling.tps())));
        }
        workloads.add(entry);
        rows.add(tableRow(entry));
    }

    void sse(SseFanout.Result result) {
        json.put("sseFanout", new JsonObject().put("subscribers", result.subscribers()).put("ideas", result.ideas())
                .put("delivered", result.delivered()).put("missing", result.missing())
                .put("p50Ms", round(result.p50Ms())).put("p99Ms", round(result.p99Ms()))
                .put("allHaveItP50Ms", round(result.allHaveItP50Ms())).put("allHaveItP99Ms", round(result.allHaveItP99Ms()))
                .put("postP50Ms", round(result.postP50Ms())).put("postMaxMs", round(result.postMaxMs())));
    }

    void profile(JsonArray profiles) {
        this.profiles = profiles;
        json.put("profiles", profiles);
    }

    void nativeMemory(JsonObject memory) {
        json.put("nativeMemory", memory);
    }

    void totalTime(Duration took) {
        json.put("totalSeconds", took.toSeconds());
    }

    long errors() {
        return errors;
    }

    /**
     * Workloads that did not work at any level: no request completed, or most failed. Unlike a few errors under
     * load (reported, a target), that means the benchmark itself is broken (an API it calls has changed, say). A
     * workload refused with busy 503s needs some 2xx answers too: all refused means nothing was done.
     */
    List<String> broken() {
        return broken(workloads);
    }

    static List<String> broken(JsonArray workloads) {
        Map<String, Boolean> worked = new LinkedHashMap<>();
        for (Object item : workloads) {
            JsonObject entry = (JsonObject) item;
            boolean ok = entry.getLong("requests") > 0 && entry.getLong("errors") * 2 <= entry.getLong("requests")
                    && (!entry.containsKey("busy") || entry.getLong("ok", 0L) > 0);
            worked.merge(entry.getString("workload"), ok, Boolean::logicalOr);
        }
        return worked.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    static String line(Workload workload, int level, Wrk.Result result, PgBench.Result ceiling, Sampler.Peak peak) {
        Map<String, Double> cpu = peak.cpuCores();
        return String.format(Locale.ROOT, "c=%-3d %8.1f req/s  p50 %7.2f  p99 %8.2f  max %8.2f ms  errors %d%s%s  db %d/%d%s"
                + "  cores: service %.2f gateway %.2f postgres %.2f wrk %.2f idle %.2f",
                level, result.throughput(), ms(result.p50()), ms(result.p99()), ms(result.max()), result.errors(),
                result.busy() == 0 ? "" : String.format(Locale.ROOT, "  busy %d (%.1f ok/s, %d waits of Retry-After)", result.busy(),
                        result.okThroughput(), result.extra().getLong("waits", 0L)),
                result.extra().getString("firstError", "").isEmpty() ? "" : " (" + result.extra().getString("firstError") + ")",
                peak.activeConnections(), peak.openConnections(),
                ceiling == null ? "" : String.format(Locale.ROOT, "  pgbench %.0f tps (x%.2f)", ceiling.tps(),
                        result.throughput() / Math.max(0.001, ceiling.tps())),
                cpu.getOrDefault(Profiler.serviceOf(workload.name()), 0.0), cpu.getOrDefault(CpuUsage.GATEWAY, 0.0),
                cpu.getOrDefault(CpuUsage.POSTGRES, 0.0), cpu.getOrDefault(CpuUsage.WRK, 0.0), cpu.getOrDefault(CpuUsage.IDLE, 0.0));
    }

    private static String tableRow(JsonObject e) {
        JsonObject pg = e.getJsonObject("pgbench");
        JsonObject cpu = e.getJsonObject("cpuCores", new JsonObject());
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %s | %s | %s |",
                e.getString("workload"), e.getInteger("concurrency"), e.getDouble("throughput"), e.getDouble("p50Ms"),
                e.getDouble("p90Ms"), e.getDouble("p99Ms"), e.getDouble("maxMs"), e.getLong("errors")
                        + (e.containsKey("busy") ? String.format(Locale.ROOT, " (+%d busy 503, %d waits)", e.getLong("busy"), e.getLong("waits")) : ""),
                pg == null ? "-" : String.format(Locale.ROOT, "%.0f", pg.getDouble("tps")),
                e.getValue("ratioOfCeiling") == null ? "-" : String.format(Locale.ROOT, "%.2f", e.getDouble("ratioOfCeiling")),
                e.getValue("cacheHitRate") == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * e.getDouble("cacheHitRate")),
                e.getValue("serviceCpuMsPerRequest") == null ? "-" : String.format(Locale.ROOT, "%.2f", e.getDouble("serviceCpuMsPerRequest")),
                String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f / %.2f", cpu.getDouble(Profiler.serviceOf(e.getString("workload")), 0.0),
                        cpu.getDouble(CpuUsage.GATEWAY, 0.0), cpu.getDouble(CpuUsage.POSTGRES, 0.0), cpu.getDouble(CpuUsage.WRK, 0.0),
                        cpu.getDouble(CpuUsage.IDLE, 0.0)));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        JsonObject machine = json.getJsonObject("machine");
        md.append("Run of ").append(json.getString("startedAt")).append(" (").append(json.getString("mode")).append(", ")
                .append(options.duration().toSeconds()).append(" s per run) on ").append(machine.getValue("cores")).append(" cores, ")
                .append(machine.getString("cpu")).append(", ").append(machine.getString("os")).append(", ").append(machine.getString("java"))
                .append(".\n\n");
        md.append("| workload | clients | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | pgbench tps | ratio | cache hits "
                + "| service CPU ms/req | cores: service / gateway / postgres / wrk / idle |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach(row -> md.append(row).append('\n'));
        JsonObject sse = json.getJsonObject("sseFanout");
        if (sse != null) {
            md.append(String.format(Locale.ROOT, "%nSSE fan-out: %d subscribers, %d ideas: delivery p50 %.1f ms, p99 %.1f ms; "
                    + "every subscriber had an idea after p50 %.1f ms, p99 %.1f ms; %d deliveries missing.%n",
                    sse.getInteger("subscribers"), sse.getInteger("ideas"), sse.getDouble("p50Ms"), sse.getDouble("p99Ms"),
                    sse.getDouble("allHaveItP50Ms"), sse.getDouble("allHaveItP99Ms"), sse.getLong("missing")));
        }
        md.append("\n| service | launch to ready ms | Quarkus started in ms | RSS idle MB | RSS peak MB |\n| --- | ---: | ---: | ---: | ---: |\n");
        JsonObject idle = json.getJsonObject("idleRssMb", new JsonObject());
        JsonObject peak = toMb(peakRss);
        for (String service : startup.fieldNames()) {
            JsonObject s = startup.getJsonObject(service);
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", service, s.getLong("launchToReadyMs"),
                    s.getValue("quarkusStartedInMs"), idle.getValue(service), peak.getValue(service)));
        }
        StartupFigures.appendTables(md, json);
        md.append(String.format(Locale.ROOT, "%nDatabase connections at %d clients: at most %d open, %d active.%n",
                options.levels().get(options.levels().size() - 1), peakOpen, peakActive));
        md.append("Seeded: ").append(json.getJsonObject("seed", new JsonObject()).encode()).append('\n');
        appendMemory(md);
        md.append(Targets.markdown(targets(), workloads, previous, options.levels(), machine.getString("cpu")));
        long users = json.getJsonObject("seed", new JsonObject()).getLong("users", 0L);
        md.append(Variants.markdown(Variants.gatewayHop(workloads), Variants.tokenCache(workloads, users), workloads));
        if (!profiles.isEmpty()) {
            // the profile at the level the read-path target is set for (64), or the highest level run below it
            int level = options.levels().stream().filter(l -> l <= 64).max(Integer::compare).orElse(options.levels().get(0));
            JsonArray shown = new JsonArray(profiles.stream().map(JsonObject.class::cast)
                    .filter(p -> p.getInteger("concurrency") == level || "sse_fanout".equals(p.getString("workload"))).toList());
            md.append("\n### Where each service's CPU goes (JFR samples of running Java code, every workload in the JSON)\n\n")
                    .append(ProfileMarkdown.markdown(shown));
        }
        return md.toString();
    }

    /** Where each service's memory goes, from native memory tracking, when it was measured. */
    private void appendMemory(StringBuilder md) {
        JsonObject memory = json.getJsonObject("nativeMemory", new JsonObject());
        if (!memory.isEmpty()) {
            md.append("\n### Where each service's memory goes (native memory tracking, committed MB, after the workloads)\n\n");
            for (String service : memory.fieldNames()) {
                JsonObject m = memory.getJsonObject(service);
                JsonObject areas = m.getJsonObject("areas");
                md.append(String.format(Locale.ROOT, "- **%s**: resident %d MB, of which the JVM accounts for %d MB (", service,
                        m.getLong("rssMb"), m.getLong("committedMb")))
                        .append(areas.fieldNames().stream().sorted((a, b) -> Long.compare(areas.getLong(b), areas.getLong(a))).limit(7)
                                .map(a -> a + " " + areas.getLong(a)).collect(java.util.stream.Collectors.joining(", ")))
                        .append(String.format(Locale.ROOT, "); not accounted for (native libraries, C allocator): %d MB.%n",
                                Math.max(0, m.getLong("rssMb") - m.getLong("committedMb"))));
            }
        }
    }

    void write(Path directory) throws IOException {
        json.put("peakRssMb", toMb(peakRss));
        json.put("dbConnectionsAtTopLevel", new JsonObject().put("openMax", peakOpen).put("activeMax", peakActive));
        json.put("targets", targets());
        json.put("previousRun", previous.isEmpty() ? null : previous.getString("startedAt"));
        json.put("gatewayHop", Variants.gatewayHop(workloads));
        json.put("tokenCache", Variants.tokenCache(workloads, json.getJsonObject("seed", new JsonObject()).getLong("users", 0L)));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(fileName("json")), json.encodePrettily() + "\n");
        Files.writeString(directory.resolve(fileName("md")), markdown());
    }

    private JsonArray targets() {
        return TargetNotes.annotate(Targets.evaluate(workloads, toMb(peakRss), startup, json.getJsonObject("nativeMemory", new JsonObject())), json);
    }

    /** latest.* for a full run; quick.* for the CI mode, which never replaces the figures of a full run. */
    String fileName(String extension) {
        return (options.quick() ? "quick." : "latest.") + extension;
    }

    private static JsonObject toMb(Map<String, Long> kb) {
        JsonObject mb = new JsonObject();
        kb.forEach((service, value) -> mb.put(service, Math.round(value / 1024.0)));
        return mb;
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
