package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import io.pulse.messaging.local.Gateway;
import io.pulse.messaging.local.LocalSuite;

/**
 * Runs every workload at every concurrency level: wrk through the gateway while the sampler measures and the profiler
 * marks the run's window, then pgbench on the same SQL at the same concurrency for the database's ceiling; then, at
 * the same level, the workload's variants ({@link Workloads#variantsOf}: straight to the service, random tokens).
 */
final class WorkloadRunner {

    private final Bench.Options options;
    private final Path work;
    private final Database database;
    private final Seeder.Seeded seeded;
    private final Sampler sampler;
    private final Profiler profiler;
    private final Report report;

    WorkloadRunner(Bench.Options options, Path work, Database database, Seeder.Seeded seeded, Sampler sampler,
            Profiler profiler, Report report) {
        this.options = options;
        this.work = work;
        this.database = database;
        this.seeded = seeded;
        this.sampler = sampler;
        this.profiler = profiler;
        this.report = report;
    }

    void runAll() throws IOException, InterruptedException, SQLException {
        Workloads workloads = new Workloads(work, seeded, options);
        for (Workload workload : workloads.all()) {
            System.out.println("== " + workload.name() + ": " + workload.description());
            if (!options.quick()) {
                // warm-up, not reported: the JIT compiles the endpoint's code first
                Wrk.run(options.ports().gatewayUrl(), workload, 16, Duration.ofSeconds(5), workloads.environment());
            }
            for (int level : options.levels()) {
                run(workloads, workload, level);
                for (Workload variant : Workloads.variantsOf(workload)) {
                    run(workloads, variant, level);
                }
            }
        }
    }

    /** One run: the workload at one concurrency level, measured, profiled, reported and printed. */
    private void run(Workloads workloads, Workload workload, int level) throws IOException, InterruptedException, SQLException {
        if (workload.resetSql() != null) {
            // the previous run (or its pgbench ceiling) left votes cast: start from a clean state
            database.executeAsSuperuser(workload.resetSql());
        }
        Duration waited = sampler.awaitQuiet(Duration.ofSeconds(120));
        if (waited.toSeconds() >= 2) {
            System.out.println("   (waited " + waited.toSeconds() + " s for the services to finish the previous run's requests)");
        }
        sampler.start();
        Instant from = Instant.now();
        Wrk.Result result = Wrk.run(baseUrl(workload), workload, level, workload.runFor(options.duration()), workloads.environment());
        Instant to = Instant.now();
        Sampler.Peak peak = sampler.stop();
        profiler.window(workload.name(), level, from, to, peak.cpuCores());
        Path script = workloads.pgbenchFile(workload);
        PgBench.Result ceiling = script == null ? null : PgBench.tryRun(database, script, seeded.pgbenchVariables(), level, workload.runFor(options.duration()), work);
        report.workload(workload, level, result, ceiling, peak);
        System.out.println("   " + (workload.variant() == Workload.Variant.GATEWAY ? "" : workload.variant().suffix.substring(1) + " ")
                + Report.line(workload, level, result, ceiling, peak));
    }

    /** The gateway, or for the direct variant the service's own port (on the loopback address it listens on). */
    private String baseUrl(Workload workload) {
        if (workload.variant() != Workload.Variant.DIRECT) {
            return options.ports().gatewayUrl();
        }
        String service = Profiler.serviceOf(workload.name());
        LocalSuite.Service target = LocalSuite.SERVICES.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
        return "http://" + Gateway.LOOPBACK + ":" + options.ports().of(target);
    }
}
