package io.pulse.messaging.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A receiver of outbound webhooks on the loopback interface, as a user's endpoint would be: it keeps what it got. */
final class WebhookReceiver implements AutoCloseable {

    /** One request received: its headers (first value, lower-case names) and its body. */
    record Received(Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new CheckFailure("cannot open a webhook receiver on the loopback interface: " + e.getMessage());
        }
        server.createContext("/hook", this::receive);
        server.start();
    }

    /** The URL to register. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** The first request received so far or within {@code patience}. */
    Received awaitFirst(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (received) {
            while (received.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CheckFailure("no webhook delivery within " + patience.toSeconds() + " s");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(received, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CheckFailure("interrupted while waiting for a webhook delivery");
                }
            }
            return received.get(0);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
        synchronized (received) {
            received.add(new Received(headers, body));
            received.notifyAll();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
