package io.pulse.messaging.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.pulse.messaging.local.CachePolicy;
import io.pulse.messaging.local.JavaRuntime;
import io.pulse.messaging.local.LocalSuite;
import io.pulse.messaging.local.PreflightException;
import io.vertx.core.json.JsonObject;

/**
 * The suite's benchmark: {@code bench/run [--quick]} (which installs wrk and pgbench, builds the services and calls
 * this). It starts the local suite on a fresh database, one service at a time so that each start-up is timed
 * alone, seeds realistic volumes, runs every workload at fixed concurrency levels with wrk (a separate process),
 * measures the ceiling of each hot endpoint's SQL with pgbench at the same concurrency on the same database,
 * fans an event out to 500 SSE subscribers, samples memory and database connections throughout, and writes
 * {@code bench/results/latest.json} and {@code latest.md}.
 */
public final class Bench {

    /** How a run is sized. */
    record Options(boolean quick, List<Integer> levels, Duration duration, Scale scale, int sseSubscribers, Path home,
            LocalSuite.Ports ports) {

        static Options parse(String[] args, Path home) {
            boolean quick = false;
            List<Integer> levels = null;
            Duration duration = null;
            List<String> rest = new ArrayList<>();
            LocalSuite.Ports ports = LocalSuite.Ports.parse(List.of(args), rest);
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--quick" -> quick = true;
                    case "--levels" -> levels = Stream.of(rest.get(++i).split(",")).map(String::trim).map(Integer::parseInt).toList();
                    case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(rest.get(++i)));
                    default -> throw new IllegalArgumentException("Unknown option " + rest.get(i)
                            + " (options: --quick, --levels 1,16,64,256, --duration SECONDS, --gateway-port N, --db-port N)");
                }
            }
            if (levels == null) {
                levels = quick ? List.of(1, 16) : List.of(1, 16, 64, 256);
            }
            if (duration == null) {
                duration = Duration.ofSeconds(quick ? 2 : 8);
            }
            return new Options(quick, levels, duration, quick ? Scale.QUICK : Scale.FULL, quick ? 50 : 500, home, ports);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, home);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        for (String tool : List.of("wrk", "pgbench")) {
            if (!Tools.onPath(tool)) {
                System.err.println(tool + " is not installed; bench/run installs it (Debian packages wrk and postgresql-client or postgresql).");
                System.exit(2);
            }
        }
        System.exit(new Bench(options).run());
    }

    private final Options options;
    private final Path work;

    Bench(Options options) {
        this.options = options;
        this.work = options.home().resolve(".pulse").resolve("bench");
    }

    int run() throws Exception {
        Instant began = Instant.now();
        Path data = work.resolve("postgres");
        deleteRecursively(data);
        Files.createDirectories(work);
        // Native memory tracking (summary level, a few percent of overhead) says where each service's resident memory goes.
        LocalSuite suite = new LocalSuite(options.home(), data, options.ports())
                .jvmOptions(List.of("-XX:NativeMemoryTracking=summary"))
                .startPolicy(CachePolicy.PLAIN); // the start-up section trains and measures the caches itself
        Thread stopOnExit = new Thread(suite::stop, "bench-suite-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Report report = new Report(options);
        try {
            measure(suite, report);
            report.totalTime(Duration.between(began, Instant.now()));
            return write(report);
        } catch (PreflightException e) {
            System.err.println(e.getMessage());
            return 2;
        } finally {
            suite.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    /** Starts the suite and seeds it, runs every workload and the SSE fan-out, and adds the profiles to the report. */
    private void measure(LocalSuite suite, Report report) throws Exception {
        System.out.println("== Starting the suite on a fresh database, one service at a time");
        suite.start(true);
        suite.readyAfter().forEach((service, time) -> report.startup(service.name(), time,
                quarkusStartedIn(options.home().resolve(".pulse/logs/" + service.name() + ".log"))));
        report.startupCache(new StartupBench(suite, options.ports(), options.quick()).run(),
                "Java " + JavaRuntime.select(System.getenv()).version());
        String aot = System.getProperty("bench.startupAot", "");
        if (!aot.isBlank() && Files.isRegularFile(Path.of(aot))) { // measured by bench/run on a JDK 25+ just before
            report.startupAot(new JsonObject(Files.readString(Path.of(aot))));
        }

        Database database = new Database(suite.database());
        System.out.println("== Seeding " + options.scale());
        Instant seeding = Instant.now();
        Seeder seeder = new Seeder(database, options.scale(), work, options.ports().gatewayUrl());
        Seeder.Seeded seeded = seeder.seed();
        report.seed(seeded.counts(), Duration.between(seeding, Instant.now()));

        Sampler sampler = new Sampler(suite.processes(), database);
        report.idleMemory(sampler.rssNow());

        Profiler profiler = new Profiler(work.resolve("profile"));
        profiler.start(suite.processes());
        new WorkloadRunner(options, work, database, seeded, sampler, profiler, report).runAll();
        sseFanout(seeded, sampler, profiler, report);
        System.out.println("== Reading the profiles");
        report.profile(profiler.finish());
        report.nativeMemory(profiler.nativeMemory());
    }

    /** Fans an event out to the SSE subscribers, measured and profiled like a workload's run. */
    private void sseFanout(Seeder.Seeded seeded, Sampler sampler, Profiler profiler, Report report) throws Exception {
        System.out.println("== SSE fan-out to " + options.sseSubscribers() + " subscribers");
        sampler.awaitQuiet(Duration.ofSeconds(120));
        Instant fanout = Instant.now();
        sampler.start();
        report.sse(new SseFanout(options.ports().gateway(), seeded.tokens(), options.sseSubscribers(), options.quick() ? 5 : 20, 1).run());
        Instant fanoutEnd = Instant.now();
        profiler.window("sse_fanout", options.sseSubscribers(), fanout, fanoutEnd, sampler.stop().cpuCores());
    }

    /** Writes the report's files and prints it; returns the exit code: 1 when a workload did not work at all. */
    private int write(Report report) throws IOException {
        Path results = options.home().resolve("bench").resolve("results");
        report.write(results);
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Written: " + results.resolve(report.fileName("json")) + " and " + results.resolve(report.fileName("md")));
        if (report.errors() > 0) {
            System.out.println("Some requests failed: see the errors column (and firstError in the JSON).");
        }
        List<String> broken = report.broken();
        if (!broken.isEmpty()) {
            System.err.println("These workloads did not work at any concurrency: " + broken);
            return 1;
        }
        return 0;
    }

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    /** Quarkus's own start-up figure (from its main method to serving), from the service's log. */
    static Duration quarkusStartedIn(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(STARTED_IN::matcher).filter(Matcher::find).reduce((first, second) -> second)
                    .map(m -> Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000))).orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Small helpers about the machine. */
    static final class Tools {
        private Tools() {
        }

        static boolean onPath(String tool) {
            String path = System.getenv().getOrDefault("PATH", "");
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, tool))) {
                    return true;
                }
            }
            return false;
        }

        static Map<String, Object> machine() {
            Map<String, Object> machine = new LinkedHashMap<>();
            machine.put("cores", Runtime.getRuntime().availableProcessors());
            machine.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)"));
            machine.put("memoryKb", firstMatch(Path.of("/proc/meminfo"), "MemTotal:\\s*(\\d+)"));
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + firstMatch(Path.of("/etc/os-release"), "PRETTY_NAME=\"?([^\"]+)"));
            machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            return machine;
        }

        private static String firstMatch(Path file, String regex) {
            try {
                Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(Files.readString(file));
                return m.find() ? m.group(1).trim() : null;
            } catch (IOException e) {
                return null;
            }
        }

        static List<String> lines(Process process) throws IOException {
            List<String> lines = new ArrayList<>();
            try (var reader = process.inputReader()) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
