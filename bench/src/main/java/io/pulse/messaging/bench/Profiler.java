package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.pulse.messaging.local.LocalSuite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each service spends its CPU under each workload: a Java Flight Recorder recording in every service (started
 * with {@code jcmd} once the service is ready, so start-up figures are not affected), sampling running Java threads
 * every 10 ms and recording garbage collections; at the end the samples are cut into each run's time window and
 * summed by library ("category") and by method.
 *
 * <p>A sample is charged to the first frame, from the top of the stack, that belongs to a known library; JDK frames
 * (collections, strings, the JIT-ed intrinsics) are charged to their nearest caller outside the JDK, except those
 * that are a cost of their own (cryptography, regular expressions).
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

    /** Package prefixes to category, most specific first. */
    private static final List<Map.Entry<String, String>> CATEGORIES = List.of(
            Map.entry("io.pulse.", "Pulse code"),
            Map.entry("org.jose4j.", "JWT / crypto"),
            Map.entry("io.smallrye.jwt.", "JWT / crypto"),
            Map.entry("sun.security.", "JWT / crypto"),
            Map.entry("java.security.", "JWT / crypto"),
            Map.entry("javax.crypto.", "JWT / crypto"),
            Map.entry("com.sun.crypto.", "JWT / crypto"),
            Map.entry("java.util.regex.", "regular expressions"),
            Map.entry("com.fasterxml.jackson.", "JSON"),
            Map.entry("io.vertx.core.json.", "JSON"),
            Map.entry("org.hibernate.", "Hibernate"),
            Map.entry("io.vertx.pgclient.", "PostgreSQL client"),
            Map.entry("io.vertx.sqlclient.", "PostgreSQL client"),
            Map.entry("io.netty.", "Netty (network I/O)"),
            Map.entry("io.vertx.", "Vert.x"),
            Map.entry("org.jboss.resteasy.", "REST layer"),
            Map.entry("io.quarkus.resteasy.", "REST layer"),
            Map.entry("io.quarkus.vertx.http.", "REST layer"),
            Map.entry("io.micrometer.", "metrics"),
            Map.entry("io.quarkus.micrometer.", "metrics"),
            Map.entry("io.smallrye.mutiny.", "Mutiny / context"),
            Map.entry("io.smallrye.context.", "Mutiny / context"),
            Map.entry("io.quarkus.security.", "security checks"),
            Map.entry("io.quarkus.", "Quarkus (other)"),
            Map.entry("io.smallrye.", "SmallRye (other)"),
            Map.entry("org.jboss.logging.", "logging"),
            Map.entry("org.jboss.logmanager.", "logging"),
            Map.entry("ai.djl.", "embedding model (ONNX)"),
            Map.entry("ai.onnxruntime.", "embedding model (ONNX)"),
            Map.entry("dev.langchain4j.", "embedding model (ONNX)"));

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

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
            if (jcmd(pid, "JFR.start", "name=pulse-bench", "settings=" + settings)) {
                pids.put(service, pid);
            } else {
                System.err.println("profiler: could not start a recording in " + service + "; it will not be profiled");
            }
        }
    }

    void window(String workload, int level, Instant from, Instant to, Map<String, Double> cpuCores) {
        windows.add(new Window(workload, level, serviceOf(workload), from, to, cpuCores));
    }

    private static final java.util.regex.Pattern NMT_TOTAL = java.util.regex.Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final java.util.regex.Pattern NMT_AREA = java.util.regex.Pattern.compile(
            "^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", java.util.regex.Pattern.MULTILINE);

    /**
     * Each service's memory as the JVM accounts for it (native memory tracking, committed MB per area), with its
     * resident size now: what the JVM does not account for is native memory of libraries (the ONNX runtime) and
     * of the C allocator.
     */
    JsonObject nativeMemory() throws IOException, InterruptedException {
        JsonObject result = new JsonObject();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            List<String> output = new ArrayList<>();
            if (!jcmd(entry.getValue(), output, "VM.native_memory", "summary")) {
                continue;
            }
            String text = String.join("\n", output);
            java.util.regex.Matcher total = NMT_TOTAL.matcher(text);
            if (!total.find()) {
                continue;
            }
            JsonObject areas = new JsonObject();
            java.util.regex.Matcher area = NMT_AREA.matcher(text);
            while (area.find()) {
                long mb = Math.round(Long.parseLong(area.group(3)) / 1024.0);
                if (mb > 0) {
                    areas.put(area.group(1).trim(), mb);
                }
            }
            result.put(entry.getKey(), new JsonObject().put("rssMb", Math.round(Sampler.rssKb(entry.getValue()) / 1024.0))
                    .put("committedMb", Math.round(Long.parseLong(total.group(2)) / 1024.0)).put("areas", areas));
        }
        return result;
    }

    /** Dumps every recording (while the services still run) and cuts it into the runs' windows. */
    JsonArray finish() throws IOException, InterruptedException {
        JsonArray result = new JsonArray();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            Path file = directory.resolve(entry.getKey() + ".jfr");
            if (!jcmd(entry.getValue(), "JFR.dump", "name=pulse-bench", "filename=" + file) || !Files.exists(file)) {
                System.err.println("profiler: no recording from " + entry.getKey());
                continue;
            }
            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            for (Window window : windows) {
                if (window.service().equals(entry.getKey())) {
                    result.add(summarise(window, events));
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

    private static JsonObject summarise(Window window, List<RecordedEvent> events) {
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
                categories.merge(category(frames), 1L, Long::sum);
                methods.merge(name(charged(frames)), 1L, Long::sum);
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

    static String category(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> category : CATEGORIES) {
                if (type.startsWith(category.getKey())) {
                    return category.getValue();
                }
            }
            if (JDK.stream().noneMatch(type::startsWith)) {
                String[] parts = type.split("\\.");
                return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : type;
            }
        }
        return "JDK";
    }

    /** The frame a sample is charged to: the top frame, or its nearest caller outside the JDK. */
    private static RecordedFrame charged(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (JDK.stream().noneMatch(type::startsWith) || category(List.of(frame)).equals("JWT / crypto")
                    || type.startsWith("java.util.regex.")) {
                return frame;
            }
        }
        return frames.get(0);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static JsonArray top(Map<String, Long> counts, long total, int limit) {
        JsonArray top = new JsonArray();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(e -> top.add(new JsonObject().put("name", e.getKey())
                        .put("share", Math.round(1000.0 * e.getValue() / Math.max(1, total)) / 1000.0)));
        return top;
    }

    /** One line per window: the categories and methods that took the most samples. */
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

    private static boolean jcmd(long pid, String... command) throws IOException, InterruptedException {
        return jcmd(pid, new ArrayList<>(), command);
    }

    private static boolean jcmd(long pid, List<String> output, String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> line = new ArrayList<>(List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        output.addAll(Bench.Tools.lines(process));
        boolean ok = process.waitFor() == 0 && output.stream().noneMatch(l -> l.contains("Could not") || l.contains("Exception"));
        if (!ok) {
            System.err.println("jcmd " + String.join(" ", command) + ": " + String.join(" ", output));
        }
        return ok;
    }
}
