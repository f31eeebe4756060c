package io.pulse.messaging.summarization.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * p50 / p99 latency of a cached {@code POST /api/summaries} (a 200-message thread) with 64 concurrent clients, against
 * the real HTTP stack and the embedded PostgreSQL. Not part of {@code verify}; run it with
 * {@code ./mvnw -o -pl summarization-service verify -Dtest=CachedPostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}.
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class CachedPostBenchmark {

    private static final int CLIENTS = 64;
    private static final int REQUESTS_PER_CLIENT = 40;
    private static final int THREAD_SIZE = 200;

    @TestHTTPResource("/api/summaries")
    URL url;

    @Test
    void cachedPostLatency() throws Exception {
        assumeTrue(Boolean.getBoolean("pulse.bench"), "benchmarks run with -Dpulse.bench=true");
        UUID user = UUID.randomUUID();
        String token = TestTokens.forUser(user);
        byte[] payload = payload();

        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).timeout(Duration.ofSeconds(60)).build();

        assertEquals(201, client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), "the first request computes");
        for (int i = 0; i < 200; i++) { // warm-up
            assertEquals(200, client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger notCached = new AtomicInteger();
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                start.await();
                long[] latencies = new long[REQUESTS_PER_CLIENT];
                for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                    long begin = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - begin;
                    if (response.statusCode() != 200) {
                        notCached.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long began = System.nanoTime();
        start.countDown();
        long[] all = new long[CLIENTS * REQUESTS_PER_CLIENT];
        int k = 0;
        for (Future<long[]> f : clients) {
            for (long l : f.get()) {
                all[k++] = l;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpuPerRequest = (os.getProcessCpuTime() - cpuBefore) / 1e6 / all.length;
        pool.shutdownNow();
        Arrays.sort(all);
        System.out.printf("%nCached POST /api/summaries (%d-message thread, %,d bytes), %d concurrent clients, %,d requests in %.1f s (%.0f req/s)%n"
                        + "  p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; non-200 answers: %d%n"
                        + "  CPU of this JVM (service and HTTP clients together, PostgreSQL not included): %.2f ms per request; load average %.1f%n",
                THREAD_SIZE, payload.length, CLIENTS, all.length, seconds, all.length / seconds,
                percentile(all, 50), percentile(all, 90), percentile(all, 99), all[all.length - 1] / 1e6, notCached.get(), cpuPerRequest, os.getSystemLoadAverage());
        assertEquals(0, notCached.get(), "every request is a cache hit");
    }

    /** A summary request of a {@value #THREAD_SIZE}-message synthetic thread, as JSON. */
    private static byte[] payload() throws JsonProcessingException {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (ChatMessage m : EngineBenchmark.thread(THREAD_SIZE, 42)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", m.id().toString());
            json.put("sender", Map.of("id", m.sender().id().toString(), "name", m.sender().name()));
            json.put("content", m.content());
            json.put("sentAt", m.sentAt().toString());
            if (m.replyTo() != null) {
                json.put("replyTo", m.replyTo().toString());
            }
            messages.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", UUID.randomUUID().toString());
        body.put("type", "thread");
        body.put("messages", messages);
        body.put("options", Map.of("maxKeyPoints", 5, "timeZone", "Europe/Paris"));
        return new ObjectMapper().writeValueAsBytes(body);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
