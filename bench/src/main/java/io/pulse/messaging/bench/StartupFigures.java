package io.pulse.messaging.bench;

import io.vertx.core.json.JsonObject;

/**
 * The start-up bench's figures in a run's report: the plain and trained starts on the build's JDK
 * ({@code startupCache}) and, when {@code bench/run} found a JDK 25+ beside it, on that one ({@code startupAot}: the
 * container image's runtime, with its AOT cache). Each is copied beside the service's first launch in the report's
 * {@code startup} object, where {@link Targets} judges the start-up target: on the JDK 25+ trained start when there is
 * one, else on this JDK's trained start.
 */
final class StartupFigures {

    private StartupFigures() {
    }

    /** Records {@code figures} measured on the build's JDK ({@code java}, its version). */
    static void cache(JsonObject run, JsonObject startup, JsonObject figures, String java) {
        run.put("startupCache", figures.copy().put("java", java));
        for (String service : figures.fieldNames()) {
            JsonObject measured = startup.getJsonObject(service);
            if (measured != null) {
                measured.put("trainedLaunchToReadyMs", figures.getJsonObject(service).getValue("trainedMedianMs"))
                        .put("plainLaunchToReadyMs", figures.getJsonObject(service).getValue("plainMedianMs"));
            }
        }
    }

    /** Records {@code figures} measured on a JDK 25+ (their {@code java} field names it) by {@code StartupBench --json}. */
    static void aot(JsonObject run, JsonObject startup, JsonObject figures) {
        run.put("startupAot", figures.copy());
        for (String service : figures.fieldNames()) {
            JsonObject measured = startup.getJsonObject(service);
            if (measured != null && figures.getValue(service) instanceof JsonObject f) {
                measured.put("aotLaunchToReadyMs", f.getValue("trainedMedianMs")).put("aotPlainLaunchToReadyMs", f.getValue("plainMedianMs"))
                        .put("aotJava", figures.getString("java"));
            }
        }
    }

    /** The start-up tables, the build's JDK first. */
    static void appendTables(StringBuilder md, JsonObject run) {
        JsonObject starts = run.getJsonObject("startupCache");
        if (starts != null) {
            JsonObject figures = starts.copy();
            md.append(StartupBench.markdown(figures, String.valueOf(figures.remove("java"))));
        }
        JsonObject aot = run.getJsonObject("startupAot");
        if (aot != null) {
            JsonObject figures = aot.copy();
            md.append(StartupBench.markdown(figures, figures.remove("java") + ", the container image's runtime: AOT cache"));
        }
    }
}
