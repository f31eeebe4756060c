package io.pulse.messaging.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.pulse.messaging.local.CachePolicy;
import io.pulse.messaging.local.LocalSuite;

/**
 * {@code bench/run --replicas N}: the hot endpoints through the gateway at one concurrency (256 clients by default),
 * first with one replica of each service, then with N, on a fresh database seeded at the quick scale each time; beside
 * each run, the most PostgreSQL connections open at once (pg_stat_activity, client backends of the suite's database,
 * sampled every 50 ms: the pools and the LISTEN connections). Writes bench/results/replicas.md.
 */
public final class ReplicaBench {

    static final List<String> HOT = List.of("ar_evaluate_nomatch", "ar_rules_list", "sum_cached", "bs_list_session");

    /** One measured run: a workload with some replicas. */
    record Run(int replicas, String workload, Wrk.Result result, int peakConnections) {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pulse.home", ".")).toAbsolutePath().normalize();
        List<String> rest = new ArrayList<>();
        LocalSuite.Ports ports = LocalSuite.Ports.parse(List.of(args), rest);
        int replicas = 3;
        int clients = 256;
        Duration duration = Duration.ofSeconds(8);
        String pool = null;
        boolean single = true;
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--replicas" -> replicas = Integer.parseInt(rest.get(++i));
                case "--clients" -> clients = Integer.parseInt(rest.get(++i));
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(rest.get(++i)));
                case "--pool" -> pool = rest.get(++i);
                case "--quick" -> duration = Duration.ofSeconds(2);
                case "--no-single" -> single = false;
                default -> throw new IllegalArgumentException("Unknown option " + rest.get(i)
                        + " (options: --replicas N, --clients N, --duration SECONDS, --pool N, --quick, --no-single, --gateway-port N, --db-port N)");
            }
        }
        Map<String, String> environment = pool == null ? Map.of() : Map.of("PULSE_DB_POOL_SIZE", pool);
        List<Run> runs = new ArrayList<>();
        for (int count : single ? List.of(1, replicas) : List.of(replicas)) {
            runs.addAll(measure(home, ports, count, clients, duration, environment));
        }
        String report = ReplicaReport.markdown(runs, replicas, clients, duration, pool);
        Path out = home.resolve("bench").resolve("results").resolve("replicas.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + home.relativize(out));
        System.exit(0);
    }

    private static List<Run> measure(Path home, LocalSuite.Ports ports, int replicas, int clients, Duration duration,
            Map<String, String> environment) throws Exception {
        Path work = home.resolve(".pulse").resolve("bench-replicas");
        Path data = work.resolve("postgres");
        Bench.deleteRecursively(data);
        Files.createDirectories(work);
        LocalSuite suite = new LocalSuite(home, data, ports).replicas(replicas).environment(environment)
                .startPolicy(CachePolicy.PLAIN);
        Thread stopOnExit = new Thread(suite::stop, "replica-bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        List<Run> runs = new ArrayList<>();
        try {
            System.out.println("== " + replicas + " replica(s) of each service");
            suite.start(false);
            Database database = new Database(suite.database());
            Bench.Options options = Bench.Options.parse(new String[] {"--quick"}, home);
            Seeder.Seeded seeded = new Seeder(database, Scale.QUICK, work, ports.gatewayUrl()).seed();
            Workloads workloads = new Workloads(work, seeded, options);
            // Clients wait out a 503's Retry-After, as the app's clients do: those answers are the services'
            // back-pressure (a request that waited its acquire timeout for a pooled connection), counted as busy.
            Map<String, String> wrkEnvironment = new LinkedHashMap<>(workloads.environment());
            wrkEnvironment.put("PULSE_BENCH_RETRY_AFTER", "honour");
            for (Workload workload : workloads.all()) {
                if (!HOT.contains(workload.name())) {
                    continue;
                }
                Wrk.run(ports.gatewayUrl(), workload, 16, Duration.ofSeconds(3), wrkEnvironment); // warm-up
                AtomicInteger peak = new AtomicInteger();
                AtomicBoolean sampling = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> sample(database, peak, sampling), "connection-sampler");
                sampler.start();
                Wrk.Result result = Wrk.run(ports.gatewayUrl(), workload, clients, duration, wrkEnvironment);
                sampling.set(false);
                sampler.join();
                runs.add(new Run(replicas, workload.name(), result, peak.get()));
                System.out.printf("   %-22s %8.0f 2xx/s  p99 %6d ms  busy 503 %d  errors %d  connections %d%s%n",
                        workload.name(), result.okThroughput(), result.p99() / 1000, result.busy(), result.errors(),
                        peak.get(), firstError(result));
            }
        } finally {
            suite.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        return runs;
    }

    /** The first error wrk saw (status and the start of its body), to say what the errors were. */
    private static String firstError(Wrk.Result result) {
        String first = result.extra().getString("firstError", "");
        return first.isEmpty() || result.errors() == 0 ? "" : "\n      first error: " + first;
    }

    /** Keeps in {@code peak} the most client connections to the suite's database seen while {@code sampling}. */
    private static void sample(Database database, AtomicInteger peak, AtomicBoolean sampling) {
        try (Connection connection = database.superuser(); Statement statement = connection.createStatement()) {
            while (sampling.get()) {
                try (ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where backend_type = "
                        + "'client backend' and datname = '" + database.roles().database() + "' and pid <> pg_backend_pid()")) {
                    rows.next();
                    peak.accumulateAndGet(rows.getInt(1), Math::max);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sample pg_stat_activity", e);
        }
    }
}
