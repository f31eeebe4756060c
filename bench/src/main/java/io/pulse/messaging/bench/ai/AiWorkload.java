package io.pulse.messaging.bench.ai;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import io.vertx.core.json.JsonObject;

/**
 * One AI endpoint under load: {@code requests} different requests, {@code concurrency} at a time, through the
 * gateway; what each answered with ({@code engine}, {@code fallbackReason}) is tallied with the latencies.
 */
record AiWorkload(String name, String description, IntFunction<Call> calls) {

    /** One request: method, path and JSON body. */
    record Call(String method, String path, JsonObject body) {
    }

    /** What a run gave. */
    record Result(String workload, int requests, int errors, double seconds, List<Long> latenciesMillis,
            Map<String, Integer> engines) {

        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        long percentile(double p) {
            if (latenciesMillis.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latenciesMillis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    Result run(String gateway, String token, int requests, int concurrency) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Outcome>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < requests; i++) {
                Call call = calls.apply(i);
                futures.add(pool.submit(() -> send(http, gateway, token, call)));
            }
            List<Long> latencies = new ArrayList<>();
            Map<String, Integer> engines = new TreeMap<>();
            int errors = 0;
            for (Future<Outcome> future : futures) {
                Outcome outcome = future.get();
                latencies.add(outcome.millis());
                engines.merge(outcome.engine(), 1, Integer::sum);
                errors += outcome.ok() ? 0 : 1;
            }
            return new Result(name, requests, errors, (System.nanoTime() - start) / 1e9, latencies, engines);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Outcome(boolean ok, long millis, String engine) {
    }

    private static Outcome send(HttpClient http, String gateway, String token, Call call) {
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + call.path()))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(call.body().encode()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() >= 300) {
                return new Outcome(false, millis, "HTTP " + response.statusCode());
            }
            JsonObject body = new JsonObject(response.body());
            String engine = body.getString("engine", "?");
            String reason = body.getString("fallbackReason");
            return new Outcome(true, millis, reason == null ? engine : engine + " (" + reason + ")");
        } catch (Exception e) {
            return new Outcome(false, (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        }
    }
}
