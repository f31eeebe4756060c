package io.pulse.messaging.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import io.vertx.core.Future;

/**
 * The gateway's choice among a service's replicas: round robin over the healthy ones. A replica whose connection
 * fails (refused, reset, timed out before anything was sent) is skipped by the next requests for
 * {@link #RETRY_AFTER}, then tried again; the request that met the failure goes on to the next replica, which is safe
 * since nothing of it was sent yet. When every replica failed recently, all are tried anyway (in round-robin order).
 * A request, an event stream included, is one exchange with the replica it was given, for as long as it lasts.
 */
final class ReplicaBalancer {

    /** How long a replica that refused a connection is left out before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final List<Integer> ports;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray downUntil;
    private final LongSupplier clock;

    ReplicaBalancer(List<Integer> ports) {
        this(ports, System::nanoTime);
    }

    ReplicaBalancer(List<Integer> ports, LongSupplier nanoClock) {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one replica");
        }
        this.ports = List.copyOf(ports);
        this.downUntil = new AtomicLongArray(ports.size());
        this.clock = nanoClock;
    }

    List<Integer> ports() {
        return ports;
    }

    /** The replicas (indexes) one request tries, in order: the healthy ones from the round robin's turn, then the others. */
    List<Integer> order() {
        long now = clock.getAsLong();
        int start = Math.floorMod(next.getAndIncrement(), ports.size());
        List<Integer> healthy = new ArrayList<>(ports.size());
        List<Integer> resting = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            int replica = (start + i) % ports.size();
            (downUntil.get(replica) - now > 0 ? resting : healthy).add(replica);
        }
        healthy.addAll(resting);
        return healthy;
    }

    /**
     * Connects one request: {@code connect} is asked for a connection to a port, replica after replica in
     * {@link #order()}, until one succeeds; fails with the last replica's failure when none does.
     */
    <T> Future<T> connect(IntFunction<Future<T>> connect) {
        return attempt(order(), 0, connect);
    }

    private <T> Future<T> attempt(List<Integer> order, int position, IntFunction<Future<T>> connect) {
        int replica = order.get(position);
        return connect.apply(ports.get(replica)).andThen(result -> {
            if (result.succeeded()) {
                downUntil.set(replica, 0);
            } else {
                downUntil.set(replica, clock.getAsLong() + RETRY_AFTER.toNanos());
            }
        }).recover(failure -> position + 1 < order.size()
                ? attempt(order, position + 1, connect)
                : Future.failedFuture(failure));
    }
}
