package io.pulse.messaging.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/** Runs wrk (a separate process) with a workload's Lua script and reads the figures its done() hook prints. */
final class Wrk {

    /**
     * What one run measured; latencies in microseconds. {@code errors} counts failed requests (socket errors and
     * non-2xx answers) except the 503s with Retry-After that a script honouring it waited after: those are
     * {@code busy} (the service's back-pressure), with the waits they caused in {@code extra} (waits, waitMs).
     */
    record Result(long requests, double seconds, long errors, long non2xx, long p50, long p90, long p99, long max,
            JsonObject extra) {

        double throughput() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        long busy() {
            return extra.getLong("busy", 0L);
        }

        /** Answers with a 2xx status per second (what a workload with refusals really did). */
        double okThroughput() {
            return seconds == 0 ? 0 : extra.getLong("ok", 0L) / seconds;
        }
    }

    private static final java.util.Random OFFSETS = new java.util.Random();

    private Wrk() {
    }

    /**
     * Runs {@code workload}'s script against {@code baseUrl} (the gateway, or a service's own port) with
     * {@code connections} simulated clients; each run's clients are other users (a random offset into them).
     */
    static Result run(String baseUrl, Workload workload, int connections, Duration duration, Map<String, String> environment)
            throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(threads), "-c", Integer.toString(connections),
                "-d", duration.toSeconds() + "s", "--timeout", "30s",
                "-s", environment.get("PULSE_BENCH_LUA") + "/" + workload.script() + ".lua", baseUrl));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PULSE_BENCH_THREADS", Integer.toString(threads));
        builder.environment().put("PULSE_BENCH_CONNECTIONS", Integer.toString(connections));
        builder.environment().put("PULSE_BENCH_OFFSET", Integer.toString(OFFSETS.nextInt(1_000_000)));
        if (workload.variant() == Workload.Variant.RANDOM_TOKENS) {
            builder.environment().put("PULSE_BENCH_TOKENS", "random");
        }
        Process process = builder.start();
        List<String> output = Bench.Tools.lines(process);
        int exit = process.waitFor();
        for (String line : output) {
            if (line.startsWith("PULSE_RESULT ")) {
                return parse(new JsonObject(line.substring("PULSE_RESULT ".length())));
            }
        }
        throw new IllegalStateException("wrk exited with " + exit + " without a result for " + workload.name() + ":\n"
                + String.join("\n", output));
    }

    static Result parse(JsonObject json) {
        JsonObject errors = json.getJsonObject("errors");
        long socketErrors = errors.getLong("connect") + errors.getLong("read") + errors.getLong("write") + errors.getLong("timeout");
        long non2xx = json.getLong("non2xx", errors.getLong("status"));
        JsonObject extra = json.getJsonObject("extra", new JsonObject());
        long busy = Math.min(non2xx, extra.getLong("busy", 0L));
        JsonObject latency = json.getJsonObject("latency");
        return new Result(json.getLong("requests"), json.getLong("duration_us") / 1e6, socketErrors + non2xx - busy, non2xx,
                latency.getLong("p50"), latency.getLong("p90"), latency.getLong("p99"), latency.getLong("max"), extra);
    }
}
