package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class TargetsTest {

    private static JsonObject entry(String workload, int level, double cpuMs, double ratio) {
        return new JsonObject().put("workload", workload).put("variant", "gateway").put("concurrency", level)
                .put("serviceCpuMsPerRequest", cpuMs).put("ratioOfCeiling", ratio);
    }

    private static JsonObject target(JsonArray targets, String startsWith) {
        return targets.stream().map(JsonObject.class::cast).filter(t -> t.getString("target").startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError("no target " + startsWith + " in " + targets.encodePrettily()));
    }

    @Test
    void cpuTargetsAreReadAt64ClientsAndMarkedMetOrNot() {
        JsonArray workloads = new JsonArray().add(entry("ar_rules_list", 16, 0.1, 0.3)).add(entry("ar_rules_list", 64, 0.52, 0.29))
                .add(entry("ar_rules_list.direct", 64, 0.1, 0.5)).add(entry("sum_cached", 64, 2.0, 0.2)).add(entry("sum_cached_hit", 64, 0.9, 0.2));
        JsonArray targets = Targets.evaluate(workloads, new JsonObject(), new JsonObject());

        JsonObject rules = target(targets, "service CPU per request at 64 clients, rule list");
        assertEquals(0.52, rules.getDouble("figure"));
        assertFalse(rules.getBoolean("met"));
        JsonObject cached = target(targets, "service CPU per request at 64 clients, cached summary");
        assertEquals(0.9, cached.getDouble("figure"), "the hits-only row, not the mix with misses");
        assertTrue(cached.getBoolean("met"));
        JsonObject evaluate = target(targets, "service CPU per request at 64 clients, evaluate");
        assertNull(evaluate.getValue("figure"));
        assertNull(evaluate.getValue("met"));
    }

    @Test
    void smallServicesHaveTheLowerMemoryTarget() {
        JsonObject rss = new JsonObject().put("auto-response-service", 250L).put("brainstorm-service", 250L);
        JsonArray targets = Targets.evaluate(new JsonArray(), rss, new JsonObject());

        assertFalse(target(targets, "peak RSS under load, auto-response-service").getBoolean("met"));
        assertEquals(200.0, target(targets, "peak RSS under load, auto-response-service").getDouble("limit"));
        assertTrue(target(targets, "peak RSS under load, brainstorm-service").getBoolean("met"));
    }

    @Test
    void startUpUsesTheTrainedFigureWhenThereIsOne() {
        JsonObject startup = new JsonObject()
                .put("auto-response-service", new JsonObject().put("launchToReadyMs", 4800L).put("trainedLaunchToReadyMs", 1900L))
                .put("brainstorm-service", new JsonObject().put("launchToReadyMs", 4500L));
        JsonArray targets = Targets.evaluate(new JsonArray(), new JsonObject(), startup);

        JsonObject trained = target(targets, "start-up, launch to ready, auto-response-service (trained");
        assertEquals(1900.0, trained.getDouble("figure"));
        assertTrue(trained.getBoolean("met"));
        assertFalse(target(targets, "start-up, launch to ready, brainstorm-service (untrained").getBoolean("met"));
    }

    @Test
    void startUpIsJudgedOnTheImagesRuntimeWhenTheRunMeasuredIt() {
        JsonObject run = new JsonObject();
        JsonObject startup = new JsonObject()
                .put("intelligence-service", new JsonObject().put("launchToReadyMs", 4600L))
                .put("brainstorm-service", new JsonObject().put("launchToReadyMs", 4500L));
        JsonObject trainedCpu = new JsonObject().put("total", 4000).put("JIT", 2500).put("GC", 100).put("rest", 1400);
        StartupFigures.cache(run, startup, new JsonObject()
                .put("intelligence-service", starts(4600L, 3100L)).put("brainstorm-service", starts(4500L, 2500L)), "Java 17.0.15");
        StartupFigures.aot(run, startup, new JsonObject().put("java", "Java 25.0.1")
                .put("intelligence-service", starts(4100L, 2300L).put("trainedCpuMs", trainedCpu).put("plainCpuMs", trainedCpu))
                .put("brainstorm-service", starts(3900L, 1800L)));
        run.put("startup", startup);

        JsonArray targets = TargetNotes.annotate(Targets.evaluate(new JsonArray(), new JsonObject(), startup), run);

        JsonObject intelligence = target(targets, "start-up, launch to ready, intelligence-service (trained AOT cache, Java 25.0.1)");
        assertEquals(2300.0, intelligence.getDouble("figure"));
        assertFalse(intelligence.getBoolean("met"));
        String note = intelligence.getString("whereTheRestGoes");
        assertTrue(note.startsWith("Java 25.0.1: plain launch 4100 ms, trained 2300 ms; the build's JDK (AppCDS): plain launch 4600 ms,"
                + " trained 3100 ms; CPU to ready, trained: 4000 ms (JIT compilers 2500"), note);
        assertTrue(target(targets, "start-up, launch to ready, brainstorm-service (trained AOT cache").getBoolean("met"));
        StringBuilder md = new StringBuilder();
        StartupFigures.appendTables(md, run);
        assertTrue(md.indexOf("(Java 17.0.15; launch to ready") < md.indexOf("(Java 25.0.1, the container image's runtime: AOT cache;"), md.toString());
    }

    /** A service's figures as {@link StartupBench#figures} gives them, one run of each. */
    private static JsonObject starts(long plainMs, long trainedMs) {
        return new JsonObject().put("plainMedianMs", plainMs).put("trainedMedianMs", trainedMs).put("targetMs", StartupBench.TARGET_MS)
                .put("plainMs", new JsonArray().add(plainMs)).put("trainedMs", new JsonArray().add(trainedMs));
    }

    @Test
    void markdownShowsThePreviousRunsRatioBesideThisOne(@TempDir Path dir) throws Exception {
        Path latest = dir.resolve("latest.json");
        Files.writeString(latest, new JsonObject().put("startedAt", "2026-11-30T16:04:29Z").put("mode", "full")
                .put("workloads", new JsonArray().add(entry("ar_rules_list", 64, 0.52, 0.29))).encode());
        JsonObject previous = Targets.previous(latest);
        JsonArray workloads = new JsonArray().add(entry("ar_rules_list", 64, 0.2, 0.61));

        String md = Targets.markdown(Targets.evaluate(workloads, new JsonObject(), new JsonObject()), workloads, previous, List.of(64), "AMD EPYC");

        assertTrue(md.contains("| ar_rules_list | 64 | 0.61 | 0.29 | 0.20 | 0.52 |"), md);
        assertTrue(md.contains("2026-11-30T16:04:29Z"), md);
        assertTrue(md.contains("| 0.20 ms | <= 0.25 ms | met |"), md);
    }

    @Test
    void aRunWithout64ClientsSaysSo() {
        String md = Targets.markdown(Targets.evaluate(new JsonArray(), new JsonObject(), new JsonObject()), new JsonArray(),
                Targets.previous(Path.of("/nonexistent/latest.json")), List.of(1, 16), "AMD EPYC");

        assertTrue(md.contains("not measured (no run at 64 clients)"), md);
        assertTrue(md.contains("(none found)"), md);
    }

    @Test
    void aPreviousRunOnAnotherProcessorIsFlaggedAsNotComparable() {
        JsonObject previous = new JsonObject().put("machine", new JsonObject().put("cpu", "AMD EPYC"));

        assertTrue(Targets.processorNote("Intel(R) Xeon(R) Processor", previous).contains("another processor (AMD EPYC"));
        assertEquals("", Targets.processorNote("AMD EPYC", previous));
        assertEquals("", Targets.processorNote("AMD EPYC", new JsonObject()));
    }

    @Test
    void theMemoryFigureLeavesOutWhatTheBenchmarkItselfAdds() {
        JsonObject rss = new JsonObject().put("summarization-service", 212L);
        JsonObject nmt = new JsonObject().put("summarization-service", new JsonObject()
                .put("areas", new JsonObject().put("Tracing", 15L).put("Native Memory Tracking", 2L).put("Java Heap", 64L)));

        JsonArray targets = Targets.evaluate(new JsonArray(), rss, new JsonObject(), nmt);

        JsonObject memory = target(targets, "peak RSS under load, summarization-service");
        assertEquals(195.0, memory.getDouble("figure"));
        assertTrue(memory.getBoolean("met"));
        assertTrue(Targets.markdown(targets, new JsonArray(), new JsonObject(), List.of(64), "AMD EPYC")
                .contains("| 195 MB (peak 212 less the benchmark's JFR and memory tracking, 17) | < 200 MB | met |"));
    }
}
