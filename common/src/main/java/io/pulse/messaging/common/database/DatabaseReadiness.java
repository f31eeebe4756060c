package io.pulse.messaging.common.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.logging.Log;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;

/**
 * Readiness of the database, answered within {@code pulse.database.readiness-timeout} (800 ms by default, inside
 * Kubernetes' default probe timeout of 1 s) whether PostgreSQL answers, refuses or hangs (frozen, or a network that
 * drops packets). It replaces Quarkus's own checks ({@code quarkus.datasource.health.enabled=false}), which block a
 * thread for up to 20 s and queue behind the requests on the pool.
 *
 * <p>Each check opens a connection of its own, runs {@code select 1} and closes it: a saturated pool is load, not
 * unreadiness, and a check that hangs holds no pooled connection. While one attempt is still running, later checks
 * wait for that same attempt (at most the timeout each) instead of opening more; a socket that stays silent is closed
 * after {@link #SILENT_SOCKET}, which ends the attempt.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";
    static final Duration SILENT_SOCKET = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final Duration timeout;
    private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();

    public DatabaseReadiness(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "pulse") String application,
            @ConfigProperty(name = "pulse.database.readiness-timeout", defaultValue = "800ms") Duration timeout) {
        this.vertx = vertx;
        this.timeout = timeout;
        // The first of the configured hosts, as the pool connects to (a list is comma-separated).
        String first = url.split(",")[0].trim();
        this.options = PgConnectOptions.fromUri(first.startsWith("vertx-reactive:") ? first.substring("vertx-reactive:".length()) : first)
                .setUser(user)
                .setPassword(password)
                .setConnectTimeout((int) Math.max(timeout.toMillis(), 1000))
                .setIdleTimeout((int) SILENT_SOCKET.toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .addProperty("application_name", application + "-readiness");
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(() -> attempt().thenApply(answered -> HealthCheckResponse.up(NAME)))
                .ifNoItem().after(timeout).recoverWithItem(() -> down("PostgreSQL did not answer within " + timeout.toMillis() + " ms"))
                .onFailure().recoverWithItem(failure -> {
                    Log.debugf(failure, "Readiness: the database check failed");
                    return down("PostgreSQL cannot be reached");
                });
    }

    /** The running attempt, or a new one if none is running. */
    private CompletableFuture<Void> attempt() {
        while (true) {
            CompletableFuture<Void> running = inFlight.get();
            if (running != null) {
                return running;
            }
            CompletableFuture<Void> fresh = new CompletableFuture<>();
            if (inFlight.compareAndSet(null, fresh)) {
                probe().onComplete(result -> {
                    inFlight.compareAndSet(fresh, null);
                    if (result.succeeded()) {
                        fresh.complete(null);
                    } else {
                        fresh.completeExceptionally(result.cause());
                    }
                });
                return fresh;
            }
        }
    }

    private Future<Void> probe() {
        return PgConnection.connect(vertx, options)
                .compose(connection -> connection.query("select 1").execute().andThen(done -> connection.close()))
                .mapEmpty();
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
