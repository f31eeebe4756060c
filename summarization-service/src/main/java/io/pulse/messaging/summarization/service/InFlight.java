package io.pulse.messaging.summarization.service;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.reactive.OffLoop;
import io.smallrye.mutiny.Uni;

/**
 * Identical requests in flight on this replica share one answer: the first runs {@link SummaryCache}'s claim, compute or
 * wait; the others are served its result (as a cache hit: they ran no engine) without a transaction of their own. So
 * only one request per replica and key looks at the database while another computes, however many arrive; requests on
 * other replicas meet at the key's lease. Keys are {@code <owner>:<cache key>}.
 */
@Singleton
class InFlight {

    private final Map<String, Uni<SummaryAnswer>> running = new ConcurrentHashMap<>();

    /**
     * The answer for {@code key}: {@code start}'s, or that of the request already running it. {@code joined} runs for each
     * request that joins another's.
     */
    Uni<SummaryAnswer> share(String key, Supplier<Uni<SummaryAnswer>> start, Runnable joined) {
        return Uni.createFrom().deferred(() -> {
            AtomicBoolean first = new AtomicBoolean();
            Uni<SummaryAnswer> shared = running.computeIfAbsent(key, k -> {
                first.set(true);
                return track(k, start);
            });
            if (first.get()) {
                return shared;
            }
            joined.run();
            return OffLoop.backToCaller(shared).map(SummaryAnswer::asCached);
        });
    }

    /**
     * Forgets {@code owner}'s computations in flight (the owner was erased): their requests still get their answer, but
     * a later identical request starts afresh rather than joining one begun before the erasure.
     */
    void forget(UUID owner) {
        String prefix = owner + ":";
        running.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** {@code start}'s answer, once for every subscriber; out of {@link #running} when it ends. */
    private Uni<SummaryAnswer> track(String key, Supplier<Uni<SummaryAnswer>> start) {
        AtomicReference<Uni<SummaryAnswer>> self = new AtomicReference<>();
        self.set(Uni.createFrom().deferred(() -> start.get()).onTermination().invoke(() -> running.remove(key, self.get()))
                .memoize().indefinitely());
        return self.get();
    }
}
