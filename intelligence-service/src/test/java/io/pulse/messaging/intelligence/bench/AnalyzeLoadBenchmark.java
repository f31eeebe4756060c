package io.pulse.messaging.intelligence.bench;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.testing.PulseTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Latency of {@code analyze} for a 100-message conversation at 32 concurrent clients, against the real HTTP API and
 * database. A benchmark, not a test: it runs only with {@code -Dpulse.bench=true} and reports p50 / p99, the CPU time
 * per call of this JVM (the service and the REST Assured clients, which share it) and of the embedded PostgreSQL (its
 * server process and backends), and the garbage collectors' time; it asserts only that every call succeeded. Run:
 * {@code ./mvnw -o -pl intelligence-service verify -Dtest=AnalyzeLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}
 * ({@code -Dpulse.bench.clients=N}, {@code -Dpulse.bench.requests=N} and {@code -Dpulse.bench.warmup=N} change the
 * clients, the calls per client and the warm-up calls before the clock starts).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class AnalyzeLoadBenchmark {

    private static final String[] LINES = {"Thanks, the new build looks great!", "The export is still failing for some users.",
            "Can we move the review to Thursday?", "Sure, 2pm works.", "I'm really frustrated with these timeouts.",
            "Fixed it, please check again.", "Awesome, works now :)", "Who is on call this weekend?"};

    /** A loaded machine can queue a request for longer than the tests' 30 s read timeout: a benchmark waits. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000));

    private static Map<String, Object> conversation(Instant start) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            messages.add(Map.of("id", "m" + i, "sender", Map.of("id", "p" + (i % 3), "name", "Person " + (i % 3)),
                    "content", LINES[i % LINES.length] + " (" + i + ")", "sentAt", start.plusSeconds(90L * i).toString()));
        }
        return Map.of("messages", messages);
    }

    @Test
    void analyzeLatencyAtThirtyTwoConcurrentClients() throws Exception {
        int clients = Integer.getInteger("pulse.bench.clients", 32);
        int perClient = Integer.getInteger("pulse.bench.requests", 3);
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
        Map<String, Object> body = conversation(start);
        for (int i = 0, warmUp = Integer.getInteger("pulse.bench.warmup", 4); i < warmUp; i++) {
            post(UUID.randomUUID(), body);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long db0 = databaseCpuNanos();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            UUID user = UUID.randomUUID();
            done.add(pool.submit(() -> {
                for (int r = 0; r < perClient; r++) {
                    long s = System.nanoTime();
                    post(user, body);
                    latencies.add(System.nanoTime() - s);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        long db1 = databaseCpuNanos();
        String dbCpu = db0 < 0 || db1 < 0 ? "unknown" : String.format("%.0f ms", (db1 - db0) / 1e6 / latencies.size());
        long gc = gcMillis() - gc0;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("analyze, 100 messages, %d clients x %d requests: p50 %.0f ms, p99 %.0f ms, max %.0f ms, %.1f requests/s;"
                + " CPU per request: JVM %.0f ms (service and clients), PostgreSQL %s; GC %d ms in %.1f s%n",
                clients, perClient, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size() / wall, cpuMs / sorted.size(), dbCpu, gc, wall);
    }

    /**
     * CPU time so far of this JVM's embedded PostgreSQL: its server process (found by the port the test resource
     * records) and the backends alive now (the pool keeps its connections); -1 where the platform does not tell.
     */
    private static long databaseCpuNanos() {
        String port = System.getProperty("pulse.test.database.port");
        if (port == null) {
            return -1;
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(" -p " + port + " ")).orElse(false))
                .findFirst()
                .map(server -> java.util.stream.Stream.concat(java.util.stream.Stream.of(server), server.children())
                        .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum())
                .orElse(-1L);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static void post(UUID user, Map<String, Object> body) {
        given().config(PATIENT).auth().oauth2(TestTokens.forUser(user)).contentType("application/json").body(body)
                .when().post("/api/intelligence/conversations/" + UUID.randomUUID() + "/analyze")
                .then().statusCode(200);
    }
}
