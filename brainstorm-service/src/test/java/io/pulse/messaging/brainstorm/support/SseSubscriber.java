package io.pulse.messaging.brainstorm.support;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.pulse.messaging.testing.TestTokens;
import io.vertx.core.json.JsonObject;

/** One member's Server-Sent Events stream of a session: its events as (name, data) pairs, in arrival order. */
public final class SseSubscriber implements AutoCloseable {

    public static final long WAIT_SECONDS = 20;

    /** Every event received, as {name, data}. */
    public final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    public final CompletableFuture<HttpResponse<Stream<String>>> response;
    /** Completes when the server ends the stream. */
    public final CompletableFuture<Void> ended;

    public SseSubscriber(URI base, UUID user, String session) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(SESSIONS.substring(1) + "/" + session + "/events"))
                .header("Authorization", "Bearer " + TestTokens.forUser(user))
                .header("Accept", "text/event-stream")
                .build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        ended = response.thenAccept(r -> {
            String[] name = {null};
            r.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:") && name[0] != null) {
                    events.add(new String[] {name[0], line.substring(5).trim()});
                    name[0] = null;
                }
            });
        });
    }

    /** The next event of the given type, skipping others; fails after a generous wait. */
    public JsonObject next(String type) throws InterruptedException {
        return new JsonObject(nextRaw(type));
    }

    /** The data of the next event of the given type as sent, skipping others; fails after a generous wait. */
    public String nextRaw(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String[] event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event[0].equals(type)) {
                return event[1];
            }
        }
        throw new AssertionError("no " + type + " event within " + WAIT_SECONDS + " s");
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
