package io.pulse.messaging.bench;

import java.util.Locale;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Beside each target this run did not meet, where the rest goes, from the same run's figures: for CPU per request the
 * service's cores by kind of thread and its request threads' samples by library; for resident memory what native
 * memory tracking accounts for; for start-up the trained start's CPU by kind of thread. Written to the target's
 * {@code whereTheRestGoes}.
 */
final class TargetNotes {

    private TargetNotes() {
    }

    /** Adds {@code whereTheRestGoes} to every target of {@code targets} that is not met, from the run's JSON. */
    static JsonArray annotate(JsonArray targets, JsonObject run) {
        for (Object item : targets) {
            JsonObject target = (JsonObject) item;
            if (!Boolean.FALSE.equals(target.getBoolean("met"))) {
                continue;
            }
            String note = switch (target.getString("kind", "")) {
                case "cpu" -> cpu(run.getJsonArray("profiles", new JsonArray()), target.getString("workload"));
                case "rss" -> memory(run.getJsonObject("nativeMemory", new JsonObject()).getJsonObject(target.getString("service")));
                case "startup" -> startup(run.getJsonObject("startup", new JsonObject()).getJsonObject(target.getString("service")),
                        run.getJsonObject(run.containsKey("startupAot") ? "startupAot" : "startupCache", new JsonObject())
                                .getJsonObject(target.getString("service")));
                default -> null;
            };
            if (note != null) {
                target.put("whereTheRestGoes", note);
            }
        }
        return targets;
    }

    /** The profile of {@code workload} through the gateway at the targets' level: cores by thread kind, top libraries. */
    static String cpu(JsonArray profiles, String workload) {
        JsonObject profile = profiles.stream().map(JsonObject.class::cast)
                .filter(p -> workload.equals(p.getString("workload")) && p.getInteger("concurrency", -1) == Targets.LEVEL)
                .findFirst().orElse(null);
        if (profile == null) {
            return null;
        }
        JsonObject cores = profile.getJsonObject("threadCores", new JsonObject());
        String threads = cores.fieldNames().stream().filter(kind -> cores.getDouble(kind) >= 0.01)
                .map(kind -> kind + " " + format(cores.getDouble(kind))).collect(Collectors.joining(", "));
        String libraries = top(profile.getJsonArray("categories", new JsonArray()), 4);
        String methods = top(profile.getJsonArray("methods", new JsonArray()), 2);
        return String.format(Locale.ROOT, "service %s cores (%s); request threads: %s; top methods %s",
                format(profile.getDouble("serviceCores", 0.0)), threads, libraries, methods);
    }

    /** What native memory tracking accounts for, grouped: heap, class data, code, the benchmark's JFR, outside the JVM. */
    static String memory(JsonObject service) {
        if (service == null) {
            return null;
        }
        JsonObject areas = service.getJsonObject("areas", new JsonObject());
        long classData = areas.getLong("Shared class space", 0L) + areas.getLong("Metaspace", 0L) + areas.getLong("Class", 0L)
                + areas.getLong("Symbol", 0L);
        long outside = Math.max(0, service.getLong("rssMb", 0L) - service.getLong("committedMb", 0L));
        return String.format(Locale.ROOT, "heap %d MB committed; class data %d MB (start-up archive %d, metaspace %d, class %d,"
                        + " symbols %d); compiled code %d MB; JFR %d MB (the benchmark's profiler only); threads, GC and other"
                        + " JVM areas %d MB; outside the JVM (native libraries, the C allocator and, where one is loaded,"
                        + " the embedding model) %d MB",
                areas.getLong("Java Heap", 0L), classData, areas.getLong("Shared class space", 0L), areas.getLong("Metaspace", 0L),
                areas.getLong("Class", 0L), areas.getLong("Symbol", 0L), areas.getLong("Code", 0L), areas.getLong("Tracing", 0L),
                rest(service, areas, classData), outside);
    }

    /**
     * The trained start's CPU to ready by kind of thread (JIT compilers, collector, the rest: the main thread's
     * framework boot), beside the plain start's, when the start-up bench measured them; else the launches alone.
     */
    static String startup(JsonObject service, JsonObject starts) {
        if (service == null) {
            return null;
        }
        String launches = String.format(Locale.ROOT, "plain launch %s ms, trained %s ms", service.getValue("plainLaunchToReadyMs"),
                service.getValue("trainedLaunchToReadyMs"));
        if (service.getValue("aotLaunchToReadyMs") != null) {
            launches = String.format(Locale.ROOT, "%s: plain launch %s ms, trained %s ms; the build's JDK (AppCDS): %s",
                    service.getValue("aotJava"), service.getValue("aotPlainLaunchToReadyMs"), service.getValue("aotLaunchToReadyMs"), launches);
        }
        JsonObject trained = starts == null ? null : starts.getJsonObject("trainedCpuMs");
        if (trained == null) {
            return launches;
        }
        JsonObject plain = starts.getJsonObject("plainCpuMs", new JsonObject());
        return String.format(Locale.ROOT, "%s; CPU to ready, trained: %s ms (JIT compilers %s, collector %s, the rest %s:"
                        + " the main thread's framework boot: CDI, Flyway's check, the OpenAPI document,"
                        + " intelligence's built-in topics and its embedding model's session, created on a thread of its own),"
                        + " plain %s ms"
                        + " (JIT %s), on a 2-core machine", launches, trained.getValue("total"), trained.getValue("JIT"),
                trained.getValue("GC"), trained.getValue("rest"), plain.getValue("total"), plain.getValue("JIT"));
    }

    private static long rest(JsonObject service, JsonObject areas, long classData) {
        return Math.max(0, service.getLong("committedMb", 0L) - areas.getLong("Java Heap", 0L) - classData
                - areas.getLong("Code", 0L) - areas.getLong("Tracing", 0L));
    }

    private static String top(JsonArray shares, int count) {
        return shares.stream().map(JsonObject.class::cast).limit(count)
                .map(s -> s.getString("name") + " " + Math.round(s.getDouble("share", 0.0) * 100) + "%")
                .collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
