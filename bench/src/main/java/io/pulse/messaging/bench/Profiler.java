package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.local.LocalSuite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each service spends its CPU under each workload: a Java Flight Recorder recording in every service (started
 * with {@code jcmd} once the service is ready, so start-up figures are not affected), sampling running Java threads
 * every 10 ms and recording garbage collections; at the end the samples are cut into each run's time window and
 * summed by library ("category") and by method ({@link WindowSummary}, charged as {@link SampleCharging} says).
 */
final class Profiler {

    /** One run's time window. */
    record Window(String workload, int level, String service, Instant from, Instant to, Map<String, Double> cpuCores) {
    }

    private static final String SETTINGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration version="2.0" label="pulse-bench" description="CPU samples and GC pauses only">
              <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
              <event name="jdk.GarbageCollection"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
            </configuration>
            """;

    private final Path directory;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final List<Window> windows = new ArrayList<>();

    Profiler(Path directory) {
        this.directory = directory;
    }

    /** Starts a recording in each running service; a service where that fails is left unprofiled (and said so). */
    void start(Map<LocalSuite.Service, Process> processes) throws IOException, InterruptedException {
        Bench.deleteRecursively(directory);
        Files.createDirectories(directory);
        Path settings = directory.resolve("pulse-bench.jfc");
        Files.writeString(settings, SETTINGS);
        for (Map.Entry<LocalSuite.Service, Process> entry : processes.entrySet()) {
            String service = entry.getKey().name();
            long pid = entry.getValue().pid();
            if (Jcmd.run(pid, "JFR.start", "name=pulse-bench", "settings=" + settings)) {
                pids.put(service, pid);
            } else {
                System.err.println("profiler: could not start a recording in " + service + "; it will not be profiled");
            }
        }
    }

    void window(String workload, int level, Instant from, Instant to, Map<String, Double> cpuCores) {
        windows.add(new Window(workload, level, serviceOf(workload), from, to, cpuCores));
    }

    /** The native memory of each profiled service, as {@link NativeMemory} reads it. */
    JsonObject nativeMemory() throws IOException, InterruptedException {
        return NativeMemory.read(pids);
    }

    /** Dumps every recording (while the services still run) and cuts it into the runs' windows. */
    JsonArray finish() throws IOException, InterruptedException {
        JsonArray result = new JsonArray();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            Path file = directory.resolve(entry.getKey() + ".jfr");
            if (!Jcmd.run(entry.getValue(), "JFR.dump", "name=pulse-bench", "filename=" + file) || !Files.exists(file)) {
                System.err.println("profiler: no recording from " + entry.getKey());
                continue;
            }
            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            for (Window window : windows) {
                if (window.service().equals(entry.getKey())) {
                    result.add(WindowSummary.summarise(window, events));
                }
            }
        }
        return result;
    }

    static String serviceOf(String workload) {
        if (workload.startsWith("ar_")) {
            return "auto-response-service";
        }
        if (workload.startsWith("sum_")) {
            return "summarization-service";
        }
        if (workload.startsWith("intel_")) {
            return "intelligence-service";
        }
        return "brainstorm-service";
    }
}
