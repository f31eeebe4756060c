package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The wrk scripts against a stub server (needs wrk on the PATH, as bench/run does; skipped without it). */
class WrkScriptsTest {

    @TempDir
    Path work;
    private HttpServer server;
    /** Arrival times (ms since the epoch) of each token's requests. */
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private Map<String, String> environment;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Bench.Tools.onPath("wrk"), "wrk is not installed");
        Path lua = Files.createDirectories(work.resolve("wrk"));
        for (String script : List.of("common", "threads", "ar_rules_list", "bs_cluster_200")) {
            try (InputStream in = getClass().getResourceAsStream("/bench/wrk/" + script + ".lua")) {
                Files.copy(in, lua.resolve(script + ".lua"));
            }
        }
        // users.csv: token,userId,sessionId,ideaId,bigSessionId,conversationId
        Path users = work.resolve("users.csv");
        Files.write(users, IntStream.rangeClosed(1, 200).mapToObj(n -> "token" + n + ",u" + n + ",s" + n + ",i" + n + ",b" + n + ",c" + n).toList());
        environment = Map.of("PULSE_BENCH_USERS", users.toString(), "PULSE_BENCH_LUA", lua.toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A token's first clustering is refused (503, Retry-After: 1); everything else is answered 200. */
    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        List<Long> times = arrivals.computeIfAbsent(token, t -> new CopyOnWriteArrayList<>());
        times.add(System.currentTimeMillis());
        boolean refuse = exchange.getRequestURI().getPath().endsWith("/clusters") && times.size() == 1;
        byte[] body = (refuse ? "{\"type\":\"urn:pulse:problem:clustering-busy\"}" : "{}").getBytes(StandardCharsets.UTF_8);
        if (refuse) {
            exchange.getResponseHeaders().add("Retry-After", "1");
        }
        exchange.sendResponseHeaders(refuse ? 503 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Workload workload(String name) {
        return Workloads.ALL.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachClientKeepsOneUsersToken() throws Exception {
        Wrk.Result result = Wrk.run(url(), workload("ar_rules_list"), 6, Duration.ofSeconds(1), environment);

        assertTrue(result.requests() > 20, "requests: " + result.requests());
        assertEquals(6, arrivals.size(), "distinct tokens used");
    }

    @Test
    void randomTokensDrawAUserPerRequest() throws Exception {
        Wrk.Result result = Wrk.run(url(), workload("ar_rules_list").as(Workload.Variant.RANDOM_TOKENS), 6, Duration.ofSeconds(1), environment);

        assertTrue(result.requests() > 20, "requests: " + result.requests());
        assertTrue(arrivals.size() > 12, "tokens used: " + arrivals.size());
    }

    /**
     * What wrk allows: the waits owed are per thread, and each 503 with Retry-After makes one of that thread's next
     * requests (whichever connection writes first, for the next client in turn) wait that long; not necessarily the
     * refused client's.
     */
    @Test
    void eachRefusalCostsOneOfItsThreadsRequestsAPauseOfRetryAfter() throws Exception {
        Wrk.Result result = Wrk.run(url(), workload("bs_cluster_200"), 4, Duration.ofSeconds(2), environment);

        assertEquals(4, arrivals.size());
        assertEquals(4, result.busy());
        assertEquals(0, result.errors());
        assertEquals(4, result.extra().getLong("waits"));
        assertEquals(4000, result.extra().getLong("waitMs"));
    }

    /** With one connection (one thread, one client) the pause falls on the refused client's own next request. */
    @Test
    void aLoneRefusedClientWaitsRetryAfterBeforeItsNextRequest() throws Exception {
        Wrk.Result result = Wrk.run(url(), workload("bs_cluster_200"), 1, Duration.ofSeconds(2), environment);

        assertEquals(1, result.busy());
        List<Long> times = arrivals.values().iterator().next();
        assertTrue(times.size() >= 2 && times.get(1) - times.get(0) >= 900, "arrivals, ms: " + times);
    }
}
