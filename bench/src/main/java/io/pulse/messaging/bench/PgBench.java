package io.pulse.messaging.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's own ceiling for an endpoint: pgbench runs the SQL the endpoint runs (its custom script), as the
 * app role the services use, under row-level security, at the same concurrency, against the same database.
 */
final class PgBench {

    /** Transactions per second and per-transaction latency percentiles (microseconds). */
    record Result(double tps, long transactions, long failed, long p50, long p99) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private PgBench() {
    }

    /** Like {@link #run}, but a failing script is reported and measured as no ceiling rather than ending the benchmark. */
    static Result tryRun(Database database, Path script, Map<String, String> variables, int clients, Duration duration, Path work)
            throws InterruptedException {
        try {
            return run(database, script, variables, clients, duration, work);
        } catch (IOException | RuntimeException e) {
            System.err.println("   no ceiling for " + script.getFileName() + ": " + e.getMessage());
            return null;
        }
    }

    static Result run(Database database, Path script, Map<String, String> variables, int clients, Duration duration, Path work)
            throws IOException, InterruptedException {
        Path logs = Files.createDirectories(work.resolve("pgbench-logs"));
        try (Stream<Path> old = Files.list(logs)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(duration.toSeconds()), "-M", "prepared", "-f", script.toString(),
                "-l", "--log-prefix=" + logs.resolve("tx"),
                "-h", "localhost", "-p", Integer.toString(database.port()), "-U", database.roles().appUser(), database.roles().database()));
        variables.forEach((name, value) -> command.add(1, "--define=" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.roles().appPassword());
        Process process = builder.start();
        String output = String.join("\n", Bench.Tools.lines(process));
        int exit = process.waitFor();
        Matcher tps = TPS.matcher(output);
        Matcher processed = PROCESSED.matcher(output);
        if (exit != 0 || !tps.find() || !processed.find()) {
            throw new IllegalStateException("pgbench failed (exit " + exit + ") on " + script.getFileName() + ":\n" + output);
        }
        Matcher failed = FAILED.matcher(output);
        long[] latencies = readLatencies(logs);
        return new Result(Double.parseDouble(tps.group(1)), Long.parseLong(processed.group(1)),
                failed.find() ? Long.parseLong(failed.group(1)) : 0, percentile(latencies, 50), percentile(latencies, 99));
    }

    /** pgbench's per-transaction log: "client transaction latency_us script epoch_s epoch_us ...". */
    private static long[] readLatencies(Path logs) throws IOException {
        List<Long> values = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.forEach(line -> {
                        String[] fields = line.split(" ");
                        if (fields.length >= 3 && !"skipped".equals(fields[2]) && !"failed".equals(fields[2])) {
                            values.add(Long.parseLong(fields[2]));
                        }
                    });
                }
            }
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
