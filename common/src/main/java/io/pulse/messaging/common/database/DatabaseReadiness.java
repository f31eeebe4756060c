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
import io.vertx.sqlclient.Pool;

/**
 * Readiness of the database, answered within {@code pulse.database.readiness-timeout} (800 ms by default, inside
 * Kubernetes' default probe timeout of 1 s) whether PostgreSQL answers, refuses or hangs (frozen, or a network that
 * drops packets). It replaces Quarkus's own checks ({@code quarkus.datasource.health.enabled=false}), which block a
 * thread for up to 20 s and queue behind the requests on the pool.
 *
 * <p>Each check opens a connection of its own, the way the pool connects (TLS and credentials included), runs
 * {@code select 1} and closes it: a saturated pool is load, not unreadiness, and a check that hangs holds no pooled
 * connection. While one attempt is still running, later checks wait for that same attempt (at most the timeout each)
 * instead of opening more; a socket that stays silent is closed after {@link #SILENT_SOCKET}, which ends the attempt.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";
    static final Duration SILENT_SOCKET = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final Pool pool;
    private final BoundedPool pools;
    private final String application;
    private final Duration timeout;
    private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();
    private volatile PgConnectOptions options;

    public DatabaseReadiness(Vertx vertx, Pool pool, BoundedPool pools,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "pulse") String application,
            @ConfigProperty(name = "pulse.database.readiness-timeout", defaultValue = "800ms") Duration timeout) {
        this.vertx = vertx;
        this.pool = pool;
        this.pools = pools;
        this.application = application;
        this.timeout = timeout;
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
                Future<Void> probe;
                try {
                    probe = probe();
                } catch (RuntimeException e) {
                    probe = Future.failedFuture(e);
                }
                probe.onComplete(result -> {
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
        return PgConnection.connect(vertx, options())
                .compose(connection -> connection.query("select 1").execute().andThen(done -> connection.close()))
                .mapEmpty();
    }

    /** The pool's own way of connecting (host, credentials, TLS, startup parameters), with a bound on silence. */
    private PgConnectOptions options() {
        if (options == null) {
            pool.size(); // the pool, and so its connect options, exist once it is used
            options = new PgConnectOptions(pools.connectOptions().orElseThrow(
                    () -> new IllegalStateException("The pool was not created by BoundedPool")))
                    .setConnectTimeout((int) Math.max(timeout.toMillis(), 1000))
                    .setIdleTimeout((int) SILENT_SOCKET.toMillis())
                    .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                    .addProperty("application_name", application + "-readiness");
        }
        return options;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
