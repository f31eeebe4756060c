package io.pulse.messaging.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The markdown of {@code bench/run --replicas N}: each hot endpoint's throughput with one and N replicas, and connections. */
final class ReplicaReport {

    private ReplicaReport() {
    }

    static String markdown(List<ReplicaBench.Run> runs, int replicas, int clients, Duration duration, String pool) {
        StringBuilder md = new StringBuilder("# Replicas: throughput and PostgreSQL connections\n\n");
        md.append(String.format(Locale.ROOT, "`bench/run --replicas %d` on %d cores (%s): %d clients through the gateway, "
                + "%d s per run after a 3 s warm-up, quick-scale data; pool size %s per process.%n%n", replicas,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients, duration.toSeconds(),
                pool == null ? "default (PULSE_DB_POOL_SIZE unset)" : pool));
        md.append(String.format("| endpoint | 1 replica 2xx/s | %d replicas 2xx/s | ratio | p99 ms (1 / %d) | busy 503 (1 / %d) "
                + "| errors (1 / %d) | peak connections (1 / %d) |%n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n",
                replicas, replicas, replicas, replicas, replicas));
        for (ReplicaBench.Run one : runs.stream().filter(r -> r.replicas() == 1).toList()) {
            ReplicaBench.Run many = runs.stream().filter(r -> r.replicas() == replicas && r.workload().equals(one.workload()))
                    .findFirst().orElse(null);
            if (many == null) {
                continue;
            }
            Wrk.Result a = one.result();
            Wrk.Result b = many.result();
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %d / %d | %d / %d | %d / %d | %d / %d |%n",
                    one.workload(), a.okThroughput(), b.okThroughput(), b.okThroughput() / Math.max(1, a.okThroughput()),
                    a.p99() / 1000, b.p99() / 1000, a.busy(), b.busy(), a.errors(), b.errors(), one.peakConnections(),
                    many.peakConnections()));
        }
        md.append("\nClients wait out a 503's Retry-After as the app's clients do (`PULSE_BENCH_RETRY_AFTER=honour`). A busy 503 "
                + "is the services' back-pressure: a request waited `PULSE_DB_ACQUIRE_TIMEOUT` (3 s) for a pooled connection "
                + "and was refused with Retry-After rather than queued longer (with N replicas each process has a pool of "
                + "(49 - 2N) / 4N connections: 3 for three replicas). Errors are every other failure: other non-2xx answers "
                + "and socket errors.\n");
        md.append("\nA two-core machine cannot show replicas scaling: every replica, the gateway, PostgreSQL and wrk share the "
                + "same two cores, so more replicas mostly add JVMs competing for them (and memory). The ratio shows the "
                + "cost or gain of spreading the same CPU over more processes, not what more machines would give. "
                + "Peak connections are client backends of the suite's database in pg_stat_activity during the run "
                + "(every pool and the LISTEN connections of intelligence and brainstorm).\n");
        return md.toString();
    }
}
