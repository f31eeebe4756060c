package io.pulse.messaging.summarization.service;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.pulse.messaging.common.lifecycle.UserErased;

/**
 * What this replica holds in memory per user, dropped when the user is erased here ({@link UserErased}): their cache
 * statistics ({@link CacheStatistics}) and their computations in flight ({@link InFlight}: a later identical request
 * starts afresh instead of joining one begun before the erasure). A computation already running when the user was
 * erased does not store its result ({@link #erasedSince}). Other replicas hold no per-user state that outlives a
 * request but their cache statistics, which count only requests (no text) and expire after a day idle.
 */
@Singleton
class ErasedOnReplica {

    /** Longer than any computation may run (a model's timeout and the lease's margin). */
    private static final Duration REMEMBERED = Duration.ofHours(1);

    private final AtomicLong epoch = new AtomicLong();
    private final Cache<UUID, Long> erasedAt = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(100_000).build();
    private final CacheStatistics statistics;
    private final InFlight inFlight;

    ErasedOnReplica(CacheStatistics statistics, InFlight inFlight) {
        this.statistics = statistics;
        this.inFlight = inFlight;
    }

    void on(@Observes UserErased event) {
        erasedAt.put(event.user(), epoch.incrementAndGet());
        statistics.forget(event.user());
        inFlight.forget(event.user());
    }

    /** A mark to take before computing, for {@link #erasedSince}. */
    long mark() {
        return epoch.get();
    }

    /** Whether {@code user} was erased on this replica after {@code mark} was taken. */
    boolean erasedSince(UUID user, long mark) {
        Long at = erasedAt.getIfPresent(user);
        return at != null && at > mark;
    }
}
