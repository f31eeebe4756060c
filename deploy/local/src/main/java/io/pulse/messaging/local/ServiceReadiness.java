package io.pulse.messaging.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waits until a launched service's readiness check answers 200; fails early, with its log's tail, if it exits. */
final class ServiceReadiness {

    /** Three minutes, or the system property {@code pulse.ready-timeout-seconds} (the replica tests start eight JVMs at once). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("pulse.ready-timeout-seconds", 180));

    private ServiceReadiness() {
    }

    /**
     * Polls {@code /q/health/ready} every 100 ms for up to three minutes.
     *
     * @param port the port the service listens on
     * @param logs the directory of the services' logs, named in the failure messages
     */
    static void await(Replica service, Process process, int port, Path logs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://" + Gateway.LOOPBACK + ":" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + "; see " + logs.resolve(service.name() + ".log") + tail(logs.resolve(service.name() + ".log")));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; see " + logs.resolve(service.name() + ".log"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
