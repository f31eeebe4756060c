package io.pulse.messaging.brainstorm.bench;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static io.pulse.messaging.brainstorm.support.Brainstorm.invite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * p50 / p99 latency of adding an idea with 64 clients adding at once to one session (each its own participant).
 * A benchmark, not a test: it asserts nothing and runs only with {@code -Dpulse.bench=true}:
 * {@code ./mvnw -o -pl brainstorm-service verify -Dtest=IdeaLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
class IdeaLatencyBenchmark {

    private static final int CLIENTS = 64;
    private static final int PER_CLIENT = 25;

    @TestHTTPResource("/")
    URI base;

    @Test
    void measure() throws Exception {
        UUID owner = UUID.randomUUID();
        String session = createSession(owner, "free_form");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            UUID participant = UUID.randomUUID();
            invite(owner, session, participant, "editor");
            tokens.add(TestTokens.forUser(participant));
        }
        URI ideas = base.resolve(SESSIONS.substring(1) + "/" + session + "/ideas");
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long roundStart = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            latencies.clear();
            roundStart = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String token = tokens.get(c);
                int client = c;
                int r = round;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < PER_CLIENT; i++) {
                        HttpRequest request = HttpRequest.newBuilder(ideas)
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Idea " + r + "-" + client + "-" + i + "\"}")).build();
                        long start = System.nanoTime();
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - roundStart) / 1e9;
        clients.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH add idea, %d concurrent clients, %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s%n",
                CLIENTS, sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size() / seconds);
    }
}
