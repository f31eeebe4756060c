package io.pulse.messaging.common.database;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Creates the services' connection pool as Quarkus would, plus the two bounds Quarkus does not expose: how many
 * requests may wait for a connection ({@code pulse.database.pool.max-wait-queue}, unbounded in Vert.x by default) and
 * how long one waits ({@code pulse.database.pool.acquire-timeout}, 30 s by default). Past either, the request fails
 * at once and is answered 503 with Retry-After ({@link io.pulse.messaging.common.error.DatabaseErrors}), instead of
 * queueing without limit behind a slow or unreachable database.
 */
@Singleton
@Unremovable
public class BoundedPool implements PgPoolCreator {

    private final int maxWaitQueue;
    private final Duration acquireTimeout;
    private volatile PgConnectOptions connectOptions;

    public BoundedPool(@ConfigProperty(name = "pulse.database.pool.max-wait-queue", defaultValue = "512") int maxWaitQueue,
            @ConfigProperty(name = "pulse.database.pool.acquire-timeout", defaultValue = "3s") Duration acquireTimeout) {
        if (maxWaitQueue < 1 || acquireTimeout.isNegative() || acquireTimeout.isZero()) {
            throw new IllegalArgumentException("pulse.database.pool.max-wait-queue and acquire-timeout must be positive");
        }
        this.maxWaitQueue = maxWaitQueue;
        this.acquireTimeout = acquireTimeout;
    }

    @Override
    @SuppressWarnings("deprecation") // PgPool is the type Quarkus expects back; PgBuilder answers a plain Pool
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setMaxWaitQueueSize(maxWaitQueue)
                .setConnectionTimeout(Math.toIntExact(acquireTimeout.toMillis()))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        connectOptions = input.pgConnectOptionsList().get(0);
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), options);
    }

    /**
     * How the pool connects (host, credentials, TLS, startup parameters), once it is created: for a connection that
     * must reach the database the same way, outside the pool ({@link DatabaseReadiness}).
     */
    Optional<PgConnectOptions> connectOptions() {
        return Optional.ofNullable(connectOptions);
    }
}
