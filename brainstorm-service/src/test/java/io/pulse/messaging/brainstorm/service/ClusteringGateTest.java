package io.pulse.messaging.brainstorm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pulse.messaging.common.error.ApiException;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The gate's rules, with a worker "pool" the test drives by hand: a submitted clustering runs only when the test
 * says so, so every interleaving here is exact.
 */
class ClusteringGateTest {

    /** Tasks handed to the workers, run one at a time by the test. */
    private final ArrayDeque<Runnable> submitted = new ArrayDeque<>();
    private final Executor workers = submitted::add;
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final List<String> ran = new ArrayList<>();
    private final List<Object> results = new ArrayList<>();

    private ClusteringGate gate(int concurrency, int queueSize) {
        return new ClusteringGate(concurrency, queueSize, workers, metrics);
    }

    private Cancellable start(ClusteringGate.Ticket ticket, String name) {
        return ticket.compute(() -> {
            ran.add(name);
            return name;
        }).subscribe().with(results::add, results::add);
    }

    private void runNext() {
        submitted.poll().run();
    }

    @Test
    void atMostConcurrencyComputeAtOnceAndTheOthersFollowInArrivalOrder() {
        ClusteringGate gate = gate(2, 3);
        for (String name : List.of("a", "b", "c", "d", "e")) {
            start(gate.admit(), name);
        }
        assertEquals(2, submitted.size(), "two slots");
        assertEquals(List.of(2, 3), List.of(gate.running(), gate.queued()));
        assertEquals(3, gate.waitingForSlot());
        runNext();
        assertEquals(List.of("a"), ran);
        assertEquals(List.of("a"), results);
        assertEquals(2, submitted.size(), "a's slot went to c");
        while (!submitted.isEmpty()) {
            runNext();
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), ran);
        assertEquals(List.of("a", "b", "c", "d", "e"), results);
        assertEquals(List.of(0, 0), List.of(gate.running(), gate.queued()));
    }

    @Test
    void pastTheQueueARequestIsRefusedWithA503UntilAPlaceIsFree() {
        ClusteringGate gate = gate(1, 2);
        List<ClusteringGate.Ticket> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(gate.admit());
        }
        ApiException busy = assertThrows(ApiException.class, gate::admit);
        assertEquals(503, busy.problem().status());
        assertEquals(ClusteringGate.BUSY_TYPE, busy.problem().type());
        assertEquals(1.0, metrics.get("brainstorm.clusterings.rejected").counter().count());
        assertEquals(3.0, metrics.get("brainstorm.clusterings.queued").gauge().value());
        held.get(0).leave();
        held.get(0).leave(); // leaving twice frees one place only
        held.add(gate.admit());
        assertThrows(ApiException.class, gate::admit);
    }

    @Test
    void aRequestCancelledWhileWaitingNeverStartsAndGivesItsPlaceUp() {
        ClusteringGate gate = gate(1, 1);
        start(gate.admit(), "running");
        Cancellable waiting = start(gate.admit(), "abandoned");
        assertEquals(1, gate.waitingForSlot());
        assertThrows(ApiException.class, gate::admit);

        waiting.cancel(); // what Quarkus REST does when the client disconnects
        assertEquals(0, gate.waitingForSlot());
        assertEquals(List.of(1, 0), List.of(gate.running(), gate.queued()));
        start(gate.admit(), "next");
        runNext();
        runNext();
        assertTrue(submitted.isEmpty());
        assertEquals(List.of("running", "next"), ran, "the abandoned clustering never ran");
    }

    @Test
    void aRequestThatEndsBeforeComputingGivesItsPlaceUp() {
        ClusteringGate gate = gate(1, 0);
        ClusteringGate.Ticket ticket = gate.admit();
        assertThrows(ApiException.class, gate::admit);
        ticket.leave(); // e.g. a 404 while reading the ideas
        ClusteringGate.Ticket next = gate.admit();
        start(next, "next");
        runNext();
        assertEquals(List.of("next"), ran);
        assertTrue(results.get(0) instanceof String);
        next.leave(); // after the work: nothing more to free
        assertEquals(List.of(0, 0), List.of(gate.running(), gate.queued()));
    }

    @Test
    void aComputingRequestKeepsItsSlotUntilTheWorkEndsEvenIfCancelled() {
        ClusteringGate gate = gate(1, 1);
        Cancellable first = start(gate.admit(), "first");
        start(gate.admit(), "second");
        first.cancel(); // already handed to a worker: it runs to the end, its result dropped
        assertEquals(List.of(1, 1), List.of(gate.running(), gate.queued()));
        runNext();
        assertEquals(List.of("first"), ran);
        assertEquals(List.of(), results);
        runNext();
        assertEquals(List.of("first", "second"), ran);
        assertEquals(List.of("second"), results);
    }

    @Test
    void aFailedClusteringFailsItsRequestAndFreesItsSlot() {
        ClusteringGate gate = gate(1, 1);
        gate.admit().compute(() -> {
            throw new IllegalStateException("boom");
        }).subscribe().with(results::add, results::add);
        start(gate.admit(), "after");
        runNext();
        assertTrue(results.get(0) instanceof IllegalStateException);
        runNext();
        assertEquals(List.of("after"), ran);
    }

    @Test
    void theLimitsAreConfigurableAndDefaultToTheProcessors() {
        ClusteringGate defaults = new ClusteringGate(Optional.empty(), 32, metrics);
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.concurrency());
        assertEquals(32, defaults.queueSize());
        assertEquals(3, new ClusteringGate(Optional.of(3), 0, new SimpleMeterRegistry()).concurrency());
        assertThrows(IllegalArgumentException.class, () -> gate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> gate(1, -1));
    }
}
