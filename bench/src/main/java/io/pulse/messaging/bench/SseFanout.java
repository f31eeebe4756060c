package io.pulse.messaging.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/**
 * SSE fan-out: N subscribers stream one brainstorm session's events through the gateway; ideas are then added one
 * at a time, and for each (idea, subscriber) the time from just before the POST to the subscriber reading the
 * event is recorded. Each idea's text carries a marker, so an event is recognised whatever its exact shape. The
 * subscribers are the session's owner alone (every stream with the first token) or, with {@code members} above 1,
 * that many distinct members (the owner invites the users of the next tokens as editors; stream i is member
 * i mod members's).
 */
final class SseFanout {

    /** Latencies in milliseconds: over every delivery, and per idea until the last subscriber had it. */
    record Result(int subscribers, int ideas, long delivered, long missing, double p50Ms, double p99Ms,
            double allHaveItP50Ms, double allHaveItP99Ms, double postP50Ms, double postMaxMs) {
    }

    /** How many subscriptions are opened at once. */
    private static final int BATCH = 50;

    private final int gatewayPort;
    private final List<String> tokens;
    private final int subscribers;
    private final int ideas;
    private final int members;

    /** When each probe idea was posted (System.nanoTime), by its marker. */
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    /** How long each probe's POST took to be answered, in nanoseconds. */
    private final List<Long> posts = new ArrayList<>();

    /** Each probe's delivery latencies in nanoseconds, one per subscriber that read it, by its marker. */
    private final Map<String, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();

    /** {@code tokens}: the owner's first, then at least {@code members - 1} other users'. */
    SseFanout(int gatewayPort, List<String> tokens, int subscribers, int ideas, int members) {
        if (members < 1 || members > Math.min(subscribers, tokens.size())) {
            throw new IllegalArgumentException("members: 1 to " + Math.min(subscribers, tokens.size()) + ", not " + members);
        }
        this.gatewayPort = gatewayPort;
        this.tokens = tokens;
        this.subscribers = subscribers;
        this.ideas = ideas;
        this.members = members;
    }

    Result run() throws Exception {
        String token = tokens.get(0);
        HttpClient http = HttpClient.newHttpClient();
        String session = new JsonObject(send(http, gateway(), token, "POST", "/api/brainstorm/sessions", new JsonObject()
                .put("title", "Fan-out").put("topic", "How do live updates feel with a crowd?").put("framework", "free_form")))
                .getString("id");
        for (int m = 1; m < members; m++) {
            send(http, gateway(), token, "PUT", "/api/brainstorm/sessions/" + session + "/collaborators/" + subject(tokens.get(m)),
                    new JsonObject().put("role", "editor"));
        }

        CountDownLatch ready = new CountDownLatch(subscribers);
        Vertx vertx = Vertx.vertx();
        try {
            subscribe(vertx, session, ready);
            if (!ready.await(60, TimeUnit.SECONDS)) {
                System.err.println("only " + (subscribers - ready.getCount()) + " of " + subscribers + " subscribers connected in 60 s");
            }
            List<String> markers = postProbes(http, token, session);
            Thread.sleep(2000); // stragglers
            return result(markers);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Opens every subscriber's event stream, {@value #BATCH} at a time (the next batch once the last one's streams
     * started or failed); each counts {@code ready} down on its first event, the stream's start. The delivery is what
     * is measured: 500 subscriptions opened in the same millisecond queue 500 membership checks on the service's few
     * database connections, and on a busy machine some waited past the pool's acquire timeout and failed.
     */
    private void subscribe(Vertx vertx, String session, CountDownLatch ready) throws InterruptedException {
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(subscribers).setIdleTimeout(0).setConnectTimeout(10_000));
        for (int from = 0; from < subscribers; from += BATCH) {
            int to = Math.min(subscribers, from + BATCH);
            CountDownLatch batch = new CountDownLatch(to - from);
            for (int i = from; i < to; i++) {
                open(client, session, tokens.get(i % members), ready, batch);
            }
            batch.await(30, TimeUnit.SECONDS);
        }
    }

    private void open(io.vertx.core.http.HttpClient client, String session, String token, CountDownLatch ready, CountDownLatch batch) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost("localhost").setPort(gatewayPort)
                .setURI("/api/brainstorm/sessions/" + session + "/events")
                .putHeader("Authorization", "Bearer " + token).putHeader("Accept", "text/event-stream");
        boolean[] first = {true};
        client.request(request).compose(r -> r.send()).onSuccess(response -> response.handler(chunk -> {
            long now = System.nanoTime();
            if (first[0]) {
                first[0] = false;
                ready.countDown(); // the stream's first event says the subscription is live
                batch.countDown();
            }
            recordArrivals(chunk.toString(), now);
        })).onFailure(failure -> {
            batch.countDown();
            System.err.println("SSE subscriber failed: " + failure.getMessage());
        });
    }

    /** Notes the latency of every probe marker in a chunk of a stream, read at {@code now}. */
    private void recordArrivals(String text, long now) {
        int at = text.indexOf("fanout-probe-");
        while (at >= 0) {
            int end = text.indexOf('"', at);
            String marker = text.substring(at, end < 0 ? text.length() : end);
            Long sent = sentAt.get(marker);
            if (sent != null) {
                arrivals.computeIfAbsent(marker, k -> new ConcurrentLinkedQueue<>()).add(now - sent);
            }
            at = text.indexOf("fanout-probe-", at + 1);
        }
    }

    /** Posts the probe ideas a quarter of a second apart, each with its own marker; returns the markers. */
    private List<String> postProbes(HttpClient http, String token, String session) throws Exception {
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < ideas; i++) {
            String marker = "fanout-probe-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            markers.add(marker);
            long sent = System.nanoTime();
            sentAt.put(marker, sent);
            send(http, gateway(), token, "POST", "/api/brainstorm/sessions/" + session + "/ideas", new JsonObject().put("text", "Idea " + marker));
            posts.add(System.nanoTime() - sent);
            Thread.sleep(250);
        }
        return markers;
    }

    private Result result(List<String> markers) {
        List<Long> all = new ArrayList<>();
        List<Long> lastPerIdea = new ArrayList<>();
        long missing = 0;
        for (String marker : markers) {
            ConcurrentLinkedQueue<Long> got = arrivals.getOrDefault(marker, new ConcurrentLinkedQueue<>());
            all.addAll(got);
            missing += Math.max(0, subscribers - got.size());
            got.stream().max(Long::compare).ifPresent(lastPerIdea::add);
        }
        long[] sortedAll = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sortedLast = lastPerIdea.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sortedPosts = posts.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(subscribers, ideas, sortedAll.length, missing, ms(PgBench.percentile(sortedAll, 50)),
                ms(PgBench.percentile(sortedAll, 99)), ms(PgBench.percentile(sortedLast, 50)), ms(PgBench.percentile(sortedLast, 99)),
                ms(PgBench.percentile(sortedPosts, 50)), ms(sortedPosts.length == 0 ? 0 : sortedPosts[sortedPosts.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The user a token is for (its {@code sub} claim). */
    private static String subject(String token) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getString("sub");
    }

    private String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    static String send(HttpClient http, String gateway, String token, String method, String path, JsonObject body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
