package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class TargetNotesTest {

    private static JsonObject run() {
        JsonObject areas = new JsonObject().put("Java Heap", 64).put("Shared class space", 92).put("Metaspace", 28).put("Class", 7)
                .put("Symbol", 6).put("Code", 25).put("Tracing", 15).put("Thread", 2).put("Other", 2);
        JsonObject profile = new JsonObject().put("workload", "ar_rules_list").put("concurrency", 64).put("serviceCores", 0.75)
                .put("threadCores", new JsonObject().put("event loops", 0.7).put("workers", 0.0).put("GC", 0.03))
                .put("categories", new JsonArray().add(new JsonObject().put("name", "Netty (network I/O)").put("share", 0.25))
                        .add(new JsonObject().put("name", "JSON").put("share", 0.155)))
                .put("methods", new JsonArray().add(new JsonObject().put("name", "VertxLocalsHelper.getLocal").put("share", 0.034)));
        return new JsonObject()
                .put("nativeMemory", new JsonObject().put("auto-response-service", new JsonObject().put("rssMb", 299)
                        .put("committedMb", 248).put("areas", areas)))
                .put("profiles", new JsonArray().add(profile.copy().put("concurrency", 16)).add(profile))
                .put("startup", new JsonObject().put("auto-response-service", new JsonObject().put("launchToReadyMs", 7878)
                        .put("quarkusStartedInMs", 6735).put("plainLaunchToReadyMs", 5391).put("trainedLaunchToReadyMs", 4347)))
                .put("startupCache", new JsonObject().put("auto-response-service", new JsonObject()
                        .put("trainedCpuMs", new JsonObject().put("total", 2900).put("JIT", 1600).put("GC", 100).put("rest", 1200))
                        .put("plainCpuMs", new JsonObject().put("total", 8500).put("JIT", 4100).put("GC", 300).put("rest", 4100))));
    }

    @Test
    void missedTargetsSayWhereTheRestGoesFromTheSameRun() {
        JsonObject rss = new JsonObject().put("auto-response-service", 303L);
        JsonObject startup = run().getJsonObject("startup");
        JsonArray workloads = new JsonArray().add(new JsonObject().put("workload", "ar_rules_list").put("variant", "gateway")
                .put("concurrency", 64).put("serviceCpuMsPerRequest", 0.3));
        JsonArray targets = TargetNotes.annotate(Targets.evaluate(workloads, rss, startup), run());

        String cpu = note(targets, "service CPU per request at 64 clients, rule list");
        assertEquals("service 0.75 cores (event loops 0.70, GC 0.03); request threads: Netty (network I/O) 25%, JSON 16%;"
                + " top methods VertxLocalsHelper.getLocal 3%", cpu);
        String memory = note(targets, "peak RSS under load, auto-response-service");
        assertTrue(memory.startsWith("heap 64 MB committed; class data 133 MB (start-up archive 92, metaspace 28, class 7, symbols 6);"
                + " compiled code 25 MB; JFR 15 MB"), memory);
        assertTrue(memory.endsWith("threads, GC and other JVM areas 11 MB; outside the JVM (native libraries, the C allocator"
                + " and, where one is loaded, the embedding model) 51 MB"), memory);
        assertEquals("plain launch 5391 ms, trained 4347 ms; CPU to ready, trained: 2900 ms (JIT compilers 1600, collector 100,"
                + " the rest 1200: the main thread's framework boot: CDI, Flyway's check, the OpenAPI document, intelligence's built-in"
                + " topics and its embedding model's session, created on a thread of its own), plain 8500 ms"
                + " (JIT 4100), on a 2-core machine", note(targets, "start-up, launch to ready, auto-response-service"));
    }

    @Test
    void metTargetsAndTargetsWithoutFiguresHaveNoNote() {
        JsonArray workloads = new JsonArray().add(new JsonObject().put("workload", "ar_rules_list").put("variant", "gateway")
                .put("concurrency", 64).put("serviceCpuMsPerRequest", 0.2));
        JsonArray targets = TargetNotes.annotate(Targets.evaluate(workloads, new JsonObject(), new JsonObject()), run());

        for (Object item : targets) {
            assertFalse(((JsonObject) item).containsKey("whereTheRestGoes"), item::toString);
        }
        assertTrue(Targets.markdown(targets, workloads, new JsonObject(), java.util.List.of(64), "AMD EPYC").contains("| where the rest goes |"));
    }

    private static String note(JsonArray targets, String startsWith) {
        return targets.stream().map(JsonObject.class::cast).filter(t -> t.getString("target").startsWith(startsWith)).findFirst()
                .orElseThrow().getString("whereTheRestGoes");
    }
}
