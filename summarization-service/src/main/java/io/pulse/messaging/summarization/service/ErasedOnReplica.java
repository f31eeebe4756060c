package io.pulse.messaging.summarization.service;

import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.pulse.messaging.common.lifecycle.UserErased;

/**
 * What this replica holds in memory per user, dropped when the user is erased here ({@link UserErased}): their cache
 * statistics ({@link CacheStatistics}) and their computations in flight ({@link InFlight}: a later identical request
 * starts afresh instead of joining one begun before the erasure). A computation already running when the user was
 * erased, here or on any replica, does not store its result: the erasure took its lease ({@link SummaryCache}). Other
 * replicas hold no per-user state that outlives a request but their cache statistics, which count only requests (no
 * text) and expire after a day idle.
 */
@Singleton
class ErasedOnReplica {

    private final CacheStatistics statistics;
    private final InFlight inFlight;

    ErasedOnReplica(CacheStatistics statistics, InFlight inFlight) {
        this.statistics = statistics;
        this.inFlight = inFlight;
    }

    void on(@Observes UserErased event) {
        statistics.forget(event.user());
        inFlight.forget(event.user());
    }
}
