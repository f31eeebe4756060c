package io.pulse.messaging.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.local.CachePolicy;
import io.pulse.messaging.local.JavaRuntime;
import io.pulse.messaging.local.LocalSuite;
import io.pulse.messaging.local.TokenMinter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Start-up with and without the trained start-up cache, per service, migrations already applied: each service is
 * restarted plainly (no cache) some times, then once as a training run that serves a few hundred requests, then
 * from the cache that run recorded; launch-to-ready medians are printed beside each other with the target.
 */
public final class StartupBench {

    static final long TARGET_MS = 2000;

    /** GET endpoints each service's training run serves (reads: the JSON, security and SQL paths of a real run). */
    private static final Map<String, List<String>> TRAINING = Map.of(
            "auto-response-service", List.of("/api/auto-responses/rules", "/api/auto-responses/out-of-office"),
            "summarization-service", List.of("/api/summaries/cache/stats"),
            "intelligence-service", List.of("/api/intelligence/topics"),
            "brainstorm-service", List.of("/api/brainstorm/sessions"));

    private final LocalSuite suite;
    private final LocalSuite.Ports ports;
    private final int repetitions;
    private final int trainingRequests;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = TokenMinter.development().forUser(UUID.randomUUID()).name("Start-up Bench").sign();

    StartupBench(LocalSuite suite, LocalSuite.Ports ports, boolean quick) {
        this.suite = suite;
        this.ports = ports;
        this.repetitions = quick ? 1 : 3;
        this.trainingRequests = quick ? 100 : 300;
    }

    /**
     * The start-up section alone, on a fresh database of its own in {@code .pulse/bench/startup}:
     * {@code [--quick] [--gateway-port N] [--db-port N] [--json FILE]}; prints the table and, with {@code --json},
     * writes the figures (and the runtime's version, as {@code java}) to FILE, which {@code bench/run} hands to the
     * full run ({@code -Dbench.startupAot}) when it measured the start on a JDK 25+ beside the build's JDK.
     */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
        List<String> rest = new ArrayList<>(List.of(args));
        int json = rest.indexOf("--json");
        Path output = json < 0 ? null : Path.of(rest.remove(json + 1));
        if (json >= 0) {
            rest.remove(json);
        }
        Bench.Options options = Bench.Options.parse(rest.toArray(String[]::new), home);
        Path data = home.resolve(".pulse").resolve("bench").resolve("startup");
        Bench.deleteRecursively(data);
        LocalSuite suite = new LocalSuite(home, data, options.ports()).startPolicy(CachePolicy.PLAIN);
        try {
            suite.start(true);
            JsonObject figures = new StartupBench(suite, options.ports(), options.quick()).run();
            String runtime = "Java " + JavaRuntime.select(System.getenv()).version();
            System.out.println(markdown(figures, runtime));
            if (output != null) {
                Files.writeString(output, figures.copy().put("java", runtime).encodePrettily());
            } else {
                System.out.println(figures.encodePrettily()); // the CPU to ready by kind of thread, which the table leaves out
            }
        } finally {
            suite.stop();
        }
        System.exit(0);
    }

    /**
     * Measures every service (or those named in the system property {@code bench.startup.services}, comma-separated,
     * e.g. {@code intelligence-service}); returns the figures by service name.
     */
    JsonObject run() throws IOException, InterruptedException {
        JsonObject figures = new JsonObject();
        List<String> only = List.of(System.getProperty("bench.startup.services", "").split(",")).stream()
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        for (LocalSuite.Service service : LocalSuite.SERVICES) {
            if (!only.isEmpty() && !only.contains(service.name())) {
                continue;
            }
            System.out.println("== Start-up of " + service.name() + ": " + repetitions + " plain, 1 training, "
                    + repetitions + " trained");
            List<JsonObject> plainCpu = new ArrayList<>();
            List<Long> plain = starts(service, CachePolicy.PLAIN, new ArrayList<>(), plainCpu);
            suite.restart(service, CachePolicy.TRAIN);
            int served = train(service);
            List<String> startedAs = new ArrayList<>();
            List<JsonObject> cachedCpu = new ArrayList<>();
            List<Long> cached = starts(service, CachePolicy.AUTO, startedAs, cachedCpu); // the first stop writes the cache
            figures.put(service.name(), figures(plain, served, cached, startedAs)
                    .put("plainCpuMs", cpuMedians(plainCpu, i -> true))
                    .put("trainedCpuMs", cpuMedians(cachedCpu, i -> startedAs.get(i).startsWith("trained start"))));
        }
        return figures;
    }

    /**
     * One service's figures: the starts from the cache count as trained only when the JVM confirmed it used the cache
     * ({@link LocalSuite#startedAs}); the others (cache refused, or {@code PULSE_STARTUP_CACHE=off}) are listed apart,
     * with why, and the trained median is absent when there was none.
     */
    static JsonObject figures(List<Long> plain, int served, List<Long> cached, List<String> startedAs) {
        List<Long> trained = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        JsonArray why = new JsonArray();
        for (int i = 0; i < cached.size(); i++) {
            if (startedAs.get(i).startsWith("trained start")) {
                trained.add(cached.get(i));
            } else {
                refused.add(cached.get(i));
                why.add(startedAs.get(i));
            }
        }
        return new JsonObject()
                .put("plainMs", new JsonArray(plain)).put("plainMedianMs", median(plain))
                .put("trainingRequests", served)
                .put("trainedMs", new JsonArray(trained)).put("trainedMedianMs", trained.isEmpty() ? null : median(trained))
                .put("refusedMs", new JsonArray(refused)).put("refused", why)
                .put("targetMs", TARGET_MS);
    }

    private List<Long> starts(LocalSuite.Service service, CachePolicy policy, List<String> startedAs, List<JsonObject> cpu)
            throws IOException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            times.add(suite.restart(service, policy).toMillis());
            startedAs.add(suite.startedAs(service));
            Process process = suite.processes().get(service);
            cpu.add(process == null ? new JsonObject() : CpuUsage.startupMillis(process.pid()));
        }
        return times;
    }

    /** Per kind of thread, the median CPU milliseconds to ready of the starts {@code counted} selects; null for none. */
    static JsonObject cpuMedians(List<JsonObject> cpu, java.util.function.IntPredicate counted) {
        JsonObject medians = new JsonObject();
        for (String kind : List.of("total", "JIT", "GC", "rest")) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < cpu.size(); i++) {
                if (counted.test(i) && cpu.get(i).getLong(kind) != null) {
                    values.add(cpu.get(i).getLong(kind));
                }
            }
            if (!values.isEmpty()) {
                medians.put(kind, median(values));
            }
        }
        return medians.isEmpty() ? null : medians;
    }

    /** Serves the training requests; returns how many were answered (any status: the path ran either way). */
    private int train(LocalSuite.Service service) throws InterruptedException {
        List<String> paths = TRAINING.getOrDefault(service.name(), List.of("/q/health/ready"));
        int port = ports.of(service);
        int served = 0;
        for (int i = 0; i < trainingRequests; i++) {
            String path = paths.get(i % paths.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                served++;
            } catch (IOException e) {
                // counted as not served
            }
        }
        return served;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The Markdown table of {@code figures}. */
    static String markdown(JsonObject figures, String runtime) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%n### Start-up, migrations applied (%s; launch to ready, median)%n%n"
                        + "| service | plain start ms | trained start ms | target ms | plain runs | trained runs | cache refused |%n"
                        + "| --- | ---: | ---: | ---: | --- | --- | --- |%n", runtime));
        for (String service : figures.fieldNames()) {
            JsonObject f = figures.getJsonObject(service);
            JsonArray refused = f.getJsonArray("refused", new JsonArray());
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | < %d | %s | %s | %s |%n", service,
                    f.getLong("plainMedianMs"), f.getValue("trainedMedianMs") == null ? "-" : f.getLong("trainedMedianMs"),
                    f.getLong("targetMs"), f.getJsonArray("plainMs").encode(), f.getJsonArray("trainedMs").encode(),
                    refused.isEmpty() ? "" : f.getJsonArray("refusedMs").encode() + " " + refused.getString(0).replace('|', '/')));
        }
        return md.toString();
    }
}
