package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vertx.core.Future;

/** Round robin over a service's replicas, skipping one that refused a connection until its rest is over. */
class ReplicaBalancerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void takesTheReplicasInTurn() {
        ReplicaBalancer balancer = new ReplicaBalancer(List.of(1, 2, 3), now::get);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            balancer.connect(port -> Future.succeededFuture(port)).onSuccess(used::add);
        }
        assertEquals(List.of(1, 2, 3, 1, 2, 3), used);
    }

    @Test
    void aRefusingReplicaIsSkippedThenTriedAgainAfterItsRest() {
        ReplicaBalancer balancer = new ReplicaBalancer(List.of(1, 2, 3), now::get);
        List<Integer> tried = new ArrayList<>();
        List<Integer> served = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            balancer.connect(port -> {
                tried.add(port);
                return port == 2 ? Future.failedFuture("refused") : Future.succeededFuture(port);
            }).onSuccess(served::add);
        }
        // The request whose turn was 2 went on to 3; then 2 rests and is no longer tried: every request is served.
        assertEquals(6, served.size());
        assertTrue(served.containsAll(List.of(1, 3)) && !served.contains(2), "served: " + served);
        assertEquals(1, tried.stream().filter(p -> p == 2).count(), "tried: " + tried);
        now.addAndGet(ReplicaBalancer.RETRY_AFTER.toNanos() + 1);
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            balancer.connect(port -> Future.succeededFuture(port)).onSuccess(after::add);
        }
        assertTrue(after.contains(2), "after its rest the replica is used again: " + after);
    }

    @Test
    void whenEveryReplicaRefusesTheLastFailureIsTheAnswer() {
        ReplicaBalancer balancer = new ReplicaBalancer(List.of(1, 2), now::get);
        List<Integer> tried = new ArrayList<>();
        Future<Integer> result = balancer.connect(port -> {
            tried.add(port);
            return Future.failedFuture("refused by " + port);
        });
        assertTrue(result.failed());
        assertEquals(2, tried.size());
        // Both resting: the next request still tries both, rather than failing without trying.
        tried.clear();
        balancer.connect(port -> {
            tried.add(port);
            return Future.failedFuture("refused by " + port);
        });
        assertEquals(2, tried.size());
    }
}
