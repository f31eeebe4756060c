package io.pulse.messaging.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;

/**
 * A server-sent event stream read through the gateway, as a browser's EventSource would: the events it received, in
 * order, and a way to wait for one. Closed with {@link #close()}.
 */
final class EventStream implements AutoCloseable {

    /** One event: its type ({@code message} when the server named none) and its data as JSON (empty when not JSON). */
    record Event(String type, JsonObject data) {
    }

    private final List<Event> events = new ArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    private EventStream(HttpClient http, HttpRequest request) {
        this.response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        this.response.thenAcceptAsync(this::read);
    }

    /** Opens {@code url} as an event stream with {@code token}. */
    static EventStream open(HttpClient http, String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        return new EventStream(http, request);
    }

    /** Waits until the stream answered with 200 and its headers; fails otherwise. */
    void awaitOpen(Duration patience) {
        try {
            int status = response.get(patience.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            CheckFailure.require(status == 200, "the event stream answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailure("interrupted while opening the event stream");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new CheckFailure("the event stream did not open within " + patience.toMillis() + " ms: " + e);
        }
    }

    /** The first event received so far or within {@code patience} that is of {@code type} and satisfies {@code test}. */
    Event await(String type, Predicate<JsonObject> test, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (events) {
            while (true) {
                for (Event event : events) {
                    if (event.type().equals(type) && test.test(event.data())) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CheckFailure("no " + type + " event within " + patience.toMillis() + " ms; received " + types());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CheckFailure("interrupted while waiting for " + type);
                }
            }
        }
    }

    private List<String> types() {
        return events.stream().map(Event::type).toList();
    }

    private void read(HttpResponse<Stream<String>> answer) {
        lines = answer.body();
        String[] type = {"message"};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    dispatch(type[0], data.toString());
                    type[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    type[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).trim());
                }
            });
        } catch (RuntimeException closed) {
            // The stream ends when the check closes it or the server ends it; what arrived stays readable.
        }
    }

    private void dispatch(String type, String data) {
        if (data.isEmpty()) {
            return;
        }
        JsonObject json;
        try {
            json = data.startsWith("{") ? new JsonObject(data) : new JsonObject();
        } catch (RuntimeException notJson) {
            json = new JsonObject();
        }
        synchronized (events) {
            events.add(new Event(type, json));
            events.notifyAll();
        }
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        response.cancel(true);
    }
}
