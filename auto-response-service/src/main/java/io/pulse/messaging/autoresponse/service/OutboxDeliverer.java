package io.pulse.messaging.autoresponse.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.time.Timestamps;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Delivers the outbox, on every replica: each round claims due deliveries across users ({@code claim_outbox_batch}: for
 * update skip locked, so replicas share the work, and leased, so one a replica dropped is claimed again after the lease),
 * POSTs each to its webhook signed like the inbound webhook ({@code X-Pulse-Signature: v1=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">}, {@code X-Pulse-Timestamp}, {@code X-Pulse-Delivery}), with the JDK's asynchronous HTTP client
 * (no event-loop thread waits), and records the attempt: delivered on a 2xx; otherwise pending again after an exponential
 * backoff with jitter, or failed after the last attempt. At least once: a receiver deduplicates by the delivery id.
 */
@ApplicationScoped
public class OutboxDeliverer {

    private static final String CLAIM = "select id, user_id, url, secret, payload, attempts"
            + " from auto_response.claim_outbox_batch($1, make_interval(secs => $2::integer), $3)";
    private static final String RECORD = "select auto_response.record_outbox_attempt($1, $2, $3, $4, $5, $6, $7)";

    /** A claimed delivery. */
    record Claimed(UUID id, UUID user, String url, String secret, String payload, int attempts) {
    }

    /** One attempt's outcome: the status code (null without an answer) and the error (null when delivered). */
    record Attempt(Integer statusCode, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private final Pool pool;
    private final AutoResponseConfig config;
    private final Clock clock;
    private final HttpClient http;

    public OutboxDeliverer(Pool pool, AutoResponseConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.outbound().timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "auto-response-outbox", every = "{pulse.auto-response.outbound.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deliverDue().replaceWithVoid();
    }

    /** One round: the due deliveries claimed and attempted; answers how many were attempted. */
    public Uni<Integer> deliverDue() {
        OffsetDateTime now = Timestamps.now(clock);
        int lease = (int) Math.min(config.outbound().lease().toSeconds(), Integer.MAX_VALUE);
        return pool.preparedQuery(CLAIM).execute(Tuple.of(now, lease, config.outbound().batchSize())).chain(rows -> {
            List<Claimed> claimed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                claimed.add(new Claimed(row.getUUID(0), row.getUUID(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInteger(5)));
            }
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return Uni.join().all(claimed.stream().map(this::deliver).toList()).andCollectFailures().replaceWith(claimed.size());
        });
    }

    private Uni<Void> deliver(Claimed claimed) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = claimed.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(claimed.url())).timeout(config.outbound().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Pulse-Auto-Response")
                    .header(WebhookService.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookService.SIGNATURE_HEADER, "v1=" + WebhookService.sign(claimed.secret(), timestamp, body))
                    .header("X-Pulse-Delivery", claimed.id().toString())
                    .header("X-Pulse-Event", NotifyEvents.EVENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return record(claimed, new Attempt(null, "invalid URL: " + e.getMessage()));
        }
        return WebhookTargets.check(request.uri(), config.outbound().allowLocalhost()).chain(refused -> refused != null
                ? Uni.createFrom().item(new Attempt(null, "refused: " + refused))
                : Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                        .map(response -> response.statusCode() / 100 == 2 ? new Attempt(response.statusCode(), null)
                                : new Attempt(response.statusCode(), "HTTP " + response.statusCode())))
                .onFailure().recoverWithItem(failure -> new Attempt(null, describe(failure)))
                .chain(attempt -> record(claimed, attempt));
    }

    private Uni<Void> record(Claimed claimed, Attempt attempt) {
        OffsetDateTime now = Timestamps.now(clock);
        int attempts = claimed.attempts() + 1;
        String status = attempt.delivered() ? "delivered" : attempts >= config.outbound().maxAttempts() ? "failed" : "pending";
        OffsetDateTime next = "pending".equals(status) ? now.plus(Backoff.after(attempts, config.outbound().backoff(),
                config.outbound().maxBackoff())) : null;
        return pool.preparedQuery(RECORD).execute(Tuple.from(new Object[] {claimed.user(), claimed.id(), status, attempt.statusCode(),
                attempt.error(), now, next})).replaceWithVoid();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure.getMessage() == null ? failure.getCause() : failure;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Exponential backoff with jitter. */
    static final class Backoff {

        private Backoff() {
        }

        /** The wait after the n-th failed attempt: base × 2^(n-1), at most max, less up to 20% at random. */
        static Duration after(int attempts, Duration base, Duration max) {
            long millis = base.toMillis() << Math.min(attempts - 1, 30);
            millis = Math.min(millis <= 0 ? max.toMillis() : millis, max.toMillis());
            long jitter = (long) (millis * 0.2 * java.util.concurrent.ThreadLocalRandom.current().nextDouble());
            return Duration.ofMillis(millis - jitter);
        }
    }
}
