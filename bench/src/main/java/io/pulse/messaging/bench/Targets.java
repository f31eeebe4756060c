package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Issue 16's targets beside this run's figures, each met or not: service CPU per request at 64 clients on the hot
 * reads, peak RSS per service, start-up per service; and each hot read's throughput ratio to its pgbench ceiling
 * beside the previous full run's ({@code bench/results/latest.json} as it was before this run).
 */
final class Targets {

    /** The level the CPU targets are set at. */
    static final int LEVEL = 64;
    static final long STARTUP_MS = 2000;
    static final long RSS_MB = 300;
    static final long SMALL_RSS_MB = 200;
    static final List<String> SMALL_SERVICES = List.of("auto-response-service", "summarization-service");

    /** A hot read's CPU target: service CPU ms per request at 64 clients, at most {@code ms}. */
    record CpuTarget(String workload, String label, double ms) {
    }

    static final List<CpuTarget> CPU = List.of(
            new CpuTarget("ar_rules_list", "rule list", 0.25),
            new CpuTarget("ar_evaluate_nomatch", "evaluate, no match", 0.8),
            new CpuTarget("sum_cached_hit", "cached summary read (hits only)", 1.0),
            new CpuTarget("bs_list_session", "session list (a session's ideas, first page)", 0.5));

    private Targets() {
    }

    /** The previous run's report, read before this run overwrites it; empty when there is none (or it is unreadable). */
    static JsonObject previous(Path latestJson) {
        try {
            return Files.exists(latestJson) ? new JsonObject(Files.readString(latestJson)) : new JsonObject();
        } catch (IOException | RuntimeException e) {
            return new JsonObject();
        }
    }

    /** {@link #evaluate(JsonArray, JsonObject, JsonObject, JsonObject)} without native memory figures. */
    static JsonArray evaluate(JsonArray workloads, JsonObject peakRssMb, JsonObject startup) {
        return evaluate(workloads, peakRssMb, startup, new JsonObject());
    }

    /**
     * Every target with its figure: {target, figure, limit, unit, met} (figure and met null when not measured). A
     * service's memory figure is its peak RSS less what the benchmark itself adds to the process, as native memory
     * tracking counts it at the end: the JFR recording of the profiler ("Tracing") and the tracking's own tables. A
     * production process runs neither; the raw peak stays beside it.
     */
    static JsonArray evaluate(JsonArray workloads, JsonObject peakRssMb, JsonObject startup, JsonObject nativeMemory) {
        JsonArray targets = new JsonArray();
        for (CpuTarget cpu : CPU) {
            JsonObject entry = find(workloads, cpu.workload(), LEVEL);
            Double figure = entry == null ? null : entry.getDouble("serviceCpuMsPerRequest");
            targets.add(target("service CPU per request at " + LEVEL + " clients, " + cpu.label() + " (" + cpu.workload() + ")",
                    figure, cpu.ms(), "ms", figure == null ? null : figure <= cpu.ms(), "<=").put("kind", "cpu").put("workload", cpu.workload()));
        }
        for (String service : peakRssMb.fieldNames()) {
            long limit = SMALL_SERVICES.contains(service) ? SMALL_RSS_MB : RSS_MB;
            Long peak = peakRssMb.getLong(service);
            long instruments = instrumentsMb(nativeMemory.getJsonObject(service));
            Long figure = peak == null ? null : peak - instruments;
            targets.add(target("peak RSS under load, " + service, figure == null ? null : figure.doubleValue(), limit, "MB",
                    figure == null ? null : figure < limit, "<").put("kind", "rss").put("service", service)
                    .put("peakMb", peak).put("instrumentsMb", instruments));
        }
        for (String service : startup.fieldNames()) {
            JsonObject s = startup.getJsonObject(service);
            // Judged on the trained start of the container image's runtime (JDK 25+: AOT cache) when the run measured
            // one, else on the trained start of this JDK (AppCDS before 25), else on the untrained launch, said so.
            boolean aot = s.getValue("aotLaunchToReadyMs") != null;
            boolean trained = aot || s.getValue("trainedLaunchToReadyMs") != null;
            Long ms = aot ? s.getLong("aotLaunchToReadyMs") : trained ? s.getLong("trainedLaunchToReadyMs") : s.getLong("launchToReadyMs");
            String how = aot ? " (trained AOT cache, " + s.getString("aotJava") + ")" : trained ? " (trained cache)" : " (untrained: no trained figure in this run)";
            targets.add(target("start-up, launch to ready, " + service + how,
                    ms == null ? null : ms.doubleValue(), STARTUP_MS, "ms", ms == null ? null : ms < STARTUP_MS, "<")
                    .put("kind", "startup").put("service", service));
        }
        return targets;
    }

    private static JsonObject target(String name, Double figure, double limit, String unit, Boolean met, String comparison) {
        return new JsonObject().put("target", name).put("figure", figure).put("limit", limit).put("comparison", comparison)
                .put("unit", unit).put("met", met);
    }

    static String markdown(JsonArray targets, JsonArray workloads, JsonObject previous, List<Integer> levels, String processor) {
        StringBuilder md = new StringBuilder("\n### Issue 16's targets\n\n| target | this run | target | | where the rest goes |\n"
                + "| --- | ---: | ---: | --- | --- |\n");
        for (Object item : targets) {
            JsonObject t = (JsonObject) item;
            Double figure = t.getDouble("figure");
            md.append(String.format(Locale.ROOT, "| %s | %s | %s %s %s | %s | %s |%n", t.getString("target"),
                    figure == null ? "-" : number(figure) + " " + t.getString("unit") + instruments(t), t.getString("comparison"),
                    number(t.getDouble("limit")), t.getString("unit"),
                    t.getValue("met") == null ? "not measured" + (levels.contains(LEVEL) ? "" : " (no run at " + LEVEL + " clients)")
                            : t.getBoolean("met") ? "met" : "**not met**", t.getString("whereTheRestGoes", "")));
        }
        JsonArray before = previous.getJsonArray("workloads", new JsonArray());
        md.append("\nHot reads' throughput as a share of their pgbench ceiling (same SQL, same clients), beside the previous full run")
                .append(previous.isEmpty() ? " (none found)" : " (" + previous.getString("startedAt", "?") + ", " + previous.getString("mode", "?") + ")")
                .append(":\n\n").append(processorNote(processor, previous));
        if (!before.isEmpty() && before.getJsonObject(0).getValue("variant") == null) {
            md.append("The previous run drew a random user's token for every request; this one keeps one user per client"
                    + " (its tokens verified once), so part of a change in CPU per request is the token cache's.\n\n");
        }
        md.append("| workload | clients | ratio now | ratio before | service CPU ms/req now | before |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (CpuTarget cpu : CPU) {
            for (int level : levels) {
                JsonObject now = find(workloads, cpu.workload(), level);
                JsonObject then = find(before, cpu.workload(), level);
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", cpu.workload(), level,
                        value(now, "ratioOfCeiling"), value(then, "ratioOfCeiling"),
                        value(now, "serviceCpuMsPerRequest"), value(then, "serviceCpuMsPerRequest")));
            }
        }
        return md.toString();
    }

    /**
     * A warning when the previous run ran on another processor: the machines given to runs differ from one day to the
     * next (AMD EPYC, Intel Xeon), and CPU per request moves with the processor, so the two runs' figures are not a
     * before and after of the code.
     */
    static String processorNote(String processor, JsonObject previous) {
        String before = previous.getJsonObject("machine", new JsonObject()).getString("cpu");
        if (before == null || processor == null || before.equals(processor)) {
            return "";
        }
        return "The previous run ran on another processor (" + before + "; this one: " + processor + "): CPU per request and"
                + " throughput differ by machine as much as by code, so read this comparison as two machines, not as a change;"
                + " compare code on one machine, back to back.\n\n";
    }

    /** What the benchmark's own instruments hold in a service, per native memory tracking: JFR, and the tracking. */
    static long instrumentsMb(JsonObject serviceMemory) {
        JsonObject areas = serviceMemory == null ? new JsonObject() : serviceMemory.getJsonObject("areas", new JsonObject());
        return areas.getLong("Tracing", 0L) + areas.getLong("Native Memory Tracking", 0L);
    }

    /** The entry of {@code workload} (by name: the gateway run for a base name) at {@code level}, or null. */
    static JsonObject find(JsonArray workloads, String workload, int level) {
        for (Object item : workloads) {
            JsonObject entry = (JsonObject) item;
            if (workload.equals(entry.getString("workload")) && entry.getInteger("concurrency", -1) == level) {
                return entry;
            }
        }
        return null;
    }

    private static String value(JsonObject entry, String field) {
        return entry == null || entry.getValue(field) == null ? "-" : String.format(Locale.ROOT, "%.2f", entry.getDouble(field));
    }

    private static String instruments(JsonObject target) {
        long mb = target.getLong("instrumentsMb", 0L);
        return mb == 0 ? "" : " (peak " + target.getLong("peakMb") + " less the benchmark's JFR and memory tracking, " + mb + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
