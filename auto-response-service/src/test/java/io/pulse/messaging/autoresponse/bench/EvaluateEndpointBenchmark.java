package io.pulse.messaging.autoresponse.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.pulse.messaging.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: the service benchmark of {@code POST /evaluate} over HTTP against the embedded PostgreSQL, with
 * 10,000 users and 100,000 rules (10 keyword rules each) in the database and 64 concurrent clients. Half the
 * messages match one of the user's rules (a reply is sent: cooldown claimed, log row written), half match none
 * (every rule is checked, nothing is written). Each request comes from a new sender, so no cooldown suppresses.
 * Excluded from {@code verify}; run it with
 * {@code ./mvnw -o -pl auto-response-service verify -Dtest=EvaluateEndpointBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.bench=true}
 * (optional: {@code -Dpulse.bench.requests=20000 -Dpulse.bench.clients=64}).
 */
@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class EvaluateEndpointBenchmark {

    private static final int USERS = 10_000;
    private static final int RULES_PER_USER = 10;

    @TestHTTPResource("/api/auto-responses/evaluate")
    URL evaluate;

    @Test
    @EnabledIfSystemProperty(named = "pulse.bench", matches = "true")
    void evaluateAt64ConcurrentClients() throws Exception {
        int clients = Integer.getInteger("pulse.bench.clients", 64);
        int requests = Integer.getInteger("pulse.bench.requests", 20_000);
        long seedStart = System.nanoTime();
        seed();
        System.out.printf("EvaluateEndpointBenchmark seeded %d users, %d rules in %.1f s%n", USERS, USERS * RULES_PER_USER,
                (System.nanoTime() - seedStart) / 1e9);

        String[] users = new String[USERS];
        String[] tokens = new String[USERS];
        for (int u = 0; u < USERS; u++) {
            users[u] = userId(u + 1);
            tokens[u] = TestTokens.forUser(UUID.fromString(users[u]), "Bench User " + (u + 1));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = evaluate.toURI();

        // Warm-up: every user once (loads and compiles each user's rules into the per-replica cache), plus JIT.
        run(http, uri, users, tokens, clients, USERS, true);
        Result result = run(http, uri, users, tokens, clients, requests, false);
        long[] samples = result.latencies();
        Arrays.sort(samples);
        System.out.printf("EvaluateEndpointBenchmark users=%d rules=%d clients=%d requests=%d errors=%d replies=%d: "
                        + "throughput=%.0f req/s p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n",
                USERS, USERS * RULES_PER_USER, clients, requests, result.errors(), result.replies(), requests / result.seconds(),
                samples[samples.length / 2] / 1e6, samples[samples.length * 9 / 10] / 1e6, samples[samples.length * 99 / 100] / 1e6,
                samples[samples.length - 1] / 1e6);
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " requests failed");
        }
    }

    private record Result(long[] latencies, double seconds, int errors, int replies) {
    }

    private Result run(HttpClient http, URI uri, String[] users, String[] tokens, int clients, int requests, boolean everyUserOnce)
            throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger replies = new AtomicInteger();
        AtomicLong firstError = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    int u = everyUserOnce ? i % USERS : random.nextInt(USERS);
                    int rule = 1 + random.nextInt(RULES_PER_USER);
                    boolean matching = random.nextBoolean();
                    String content = matching
                            ? "Hello, could you tell me more about topic" + rule + "x" + ((u + 1) % 50) + " before Friday?"
                            : "Hello, just a note to say the parcel arrived safely, nothing else to add today.";
                    String body = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"conversationId\":\"" + UUID.randomUUID()
                            + "\",\"sender\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Anna Müller\",\"email\":\"anna"
                            + random.nextInt(1_000_000) + "@example.com\"},\"content\":\"" + content + "\",\"channel\":\"email\"}";
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + tokens[u])
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t;
                        if (response.statusCode() != 200) {
                            if (errors.getAndIncrement() == 0) {
                                System.out.println("EvaluateEndpointBenchmark first error: " + response.statusCode() + " " + response.body());
                            }
                        } else if (response.body().contains("\"reply\":true")) {
                            replies.incrementAndGet();
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - t;
                        if (errors.getAndIncrement() == 0) {
                            firstError.set(1);
                            System.out.println("EvaluateEndpointBenchmark first error: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(latencies, seconds, errors.get(), replies.get());
    }

    /** 10 keyword rules for each of 10,000 users, inserted as the owner role (its maintenance policy admits every row). */
    private static void seed() throws Exception {
        try (Connection owner = TestDatabase.asOwner(); Statement sql = owner.createStatement()) {
            sql.execute("""
                    insert into auto_response.message_auto_responses
                        (id, user_id, created_at, updated_at, name, priority, conditions, response_template, personalise, time_zone)
                    select gen_random_uuid(), md5('bench-user-' || u)::uuid, now() - make_interval(secs => r), now(), 'Rule ' || r, r * 10,
                           jsonb_build_object('keywords', jsonb_build_object('match', 'any',
                               'terms', jsonb_build_array('topic' || r || 'x' || mod(u, 50), 'subject' || r || ' ' || 'number' || u))),
                           'Hi {{sender.firstName | "there"}}, thanks for asking about topic ' || r || '; {{user.name}} will answer soon.',
                           mod(r, 2) = 0, 'Europe/Paris'
                      from generate_series(1, %d) u, generate_series(1, %d) r""".formatted(USERS, RULES_PER_USER));
            sql.execute("analyze auto_response.message_auto_responses");
        }
    }

    /** The same id as {@code md5('bench-user-' || u)::uuid} in the seed. */
    private static String userId(int u) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(("bench-user-" + u).getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                    + hex.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
