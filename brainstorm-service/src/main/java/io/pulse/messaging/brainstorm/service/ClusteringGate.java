package io.pulse.messaging.brainstorm.service;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Bounds the clustering work of this replica. Clustering is CPU work (embedding new ideas, then the clustering
 * itself): past the cores there are, running more at once only makes each one slower, and an unbounded backlog keeps
 * the replica busy long after its callers have given up. So at most {@code concurrency} clusterings compute at once,
 * at most {@code queueSize} more are accepted and wait (reading their ideas, then for a free slot, first come first
 * served), and the next request is refused at once with a 503 problem (the shared error handling adds
 * {@code Retry-After}), before any database work.
 *
 * <p>A request holds a {@link Ticket} from admission until its clustering ends. A request that goes away before its
 * clustering starts (its client disconnected: Quarkus REST cancels the request's {@code Uni}, whose termination calls
 * {@link Ticket#leave()}) gives its place up and its clustering never starts. One that is already computing runs to
 * the end (the clusterer has no safe point to stop at), and its result is dropped.
 */
@ApplicationScoped
public class ClusteringGate {

    static final String BUSY_TYPE = "urn:pulse:problem:clustering-busy";

    private enum State { ADMITTED, WAITING, RUNNING, DONE, LEFT }

    private final int concurrency;
    private final int queueSize;
    private final Executor workers;
    private final Counter rejected;
    /** Guarded by {@code this}: requests holding a place, clusterings computing, and those waiting for a slot. */
    private int admitted;
    private int running;
    private final ArrayDeque<Ticket> waiting = new ArrayDeque<>();

    @Inject
    public ClusteringGate(BrainstormConfig config, MeterRegistry metrics) {
        this(config.clustering().concurrency(), config.clustering().queueSize(), metrics);
    }

    /** With {@code concurrency} empty: as many as the replica has processors. */
    ClusteringGate(Optional<Integer> concurrency, int queueSize, MeterRegistry metrics) {
        this(concurrency.orElse(Runtime.getRuntime().availableProcessors()), queueSize, Infrastructure.getDefaultWorkerPool(), metrics);
    }

    ClusteringGate(int concurrency, int queueSize, Executor workers, MeterRegistry metrics) {
        if (concurrency < 1 || queueSize < 0) {
            throw new IllegalArgumentException("pulse.brainstorm.clustering.concurrency must be at least 1 and queue-size at least 0, not "
                    + concurrency + " and " + queueSize);
        }
        this.concurrency = concurrency;
        this.queueSize = queueSize;
        this.workers = workers;
        this.rejected = Counter.builder("brainstorm.clusterings.rejected")
                .description("Clustering requests refused with 503 because this replica had as many as it accepts").register(metrics);
        Gauge.builder("brainstorm.clusterings.running", this, ClusteringGate::running)
                .description("Clusterings computing on this replica").register(metrics);
        Gauge.builder("brainstorm.clusterings.queued", this, ClusteringGate::queued)
                .description("Clustering requests accepted and not computing yet (reading their ideas or waiting for a slot)")
                .register(metrics);
    }

    public int concurrency() {
        return concurrency;
    }

    public int queueSize() {
        return queueSize;
    }

    /** Clusterings computing now. */
    public synchronized int running() {
        return running;
    }

    /** Requests accepted and not computing yet: reading their ideas, or waiting for a slot. */
    public synchronized int queued() {
        return admitted - running;
    }

    /** Requests that have read their ideas and wait for a slot. */
    public synchronized int waitingForSlot() {
        return waiting.size();
    }

    /**
     * A place for one clustering request, or a 503 problem when {@code concurrency + queueSize} requests already hold
     * one. The caller must end with {@link Ticket#leave()} whatever happens (it is idempotent).
     */
    public Ticket admit() {
        synchronized (this) {
            if (admitted < concurrency + queueSize) {
                admitted++;
                return new Ticket();
            }
        }
        rejected.increment();
        throw new ApiException(new Problem(BUSY_TYPE, "Too many clusterings", 503,
                "This server is already clustering as many sessions as it can take; retry in a few seconds.", null, null, null));
    }

    /** One request's place in the gate. */
    public final class Ticket {

        private State state = State.ADMITTED;
        private Runnable start;

        private Ticket() {
        }

        /**
         * Runs {@code work} on a worker thread once a slot is free (at once if one is), and emits its result there. Not
         * started at all if the subscription is cancelled first. Once per ticket.
         */
        public <T> Uni<T> compute(Supplier<T> work) {
            return Uni.createFrom().emitter(emitter -> {
                emitter.onTermination(this::leave);
                Runnable task = () -> {
                    T result;
                    try {
                        result = work.get();
                    } catch (Throwable failure) {
                        finished(this);
                        emitter.fail(failure);
                        return;
                    }
                    // The slot goes to the next request before this one's result travels on.
                    finished(this);
                    emitter.complete(result);
                };
                Runnable run = () -> {
                    try {
                        workers.execute(task);
                    } catch (RuntimeException refused) { // the pool is shutting down
                        finished(this);
                        emitter.fail(refused);
                    }
                };
                boolean now;
                synchronized (ClusteringGate.this) {
                    if (state != State.ADMITTED) {
                        now = false;
                        run = null;
                    } else if (running < concurrency) {
                        running++;
                        state = State.RUNNING;
                        now = true;
                    } else {
                        state = State.WAITING;
                        start = run;
                        waiting.add(this);
                        now = false;
                    }
                }
                if (now) {
                    run.run();
                } else if (run == null) {
                    emitter.fail(new IllegalStateException("a clustering ticket computes once, before it is left"));
                }
            });
        }

        /**
         * Gives the place up: a request that is not computing leaves the queue (its work will not start); a
         * computing one keeps its slot until the work ends.
         */
        public void leave() {
            synchronized (ClusteringGate.this) {
                switch (state) {
                    case ADMITTED -> admitted--;
                    case WAITING -> {
                        waiting.remove(this);
                        start = null;
                        admitted--;
                    }
                    default -> {
                        return; // running: released when it ends; done or left: nothing held
                    }
                }
                state = State.LEFT;
            }
        }
    }

    private void finished(Ticket ticket) {
        Runnable next = null;
        synchronized (this) {
            ticket.state = State.DONE;
            running--;
            admitted--;
            Ticket following = waiting.poll();
            if (following != null) {
                running++;
                following.state = State.RUNNING;
                next = following.start;
                following.start = null;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
