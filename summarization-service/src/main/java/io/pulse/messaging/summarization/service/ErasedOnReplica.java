package io.pulse.messaging.summarization.service;

import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.pulse.messaging.common.lifecycle.UserErased;

/**
 * What this replica holds in memory per user, dropped when the user is erased here ({@link UserErased}): their cache
 * statistics ({@link CacheStatistics}), their computations in flight ({@link InFlight}: a later identical request
 * starts afresh instead of joining one begun before the erasure), the request bodies they sent lately
 * ({@link KnownBodies}) and the JSON of their summaries that cache hits answered ({@link Renderings}). A computation
 * already running when the user was erased, here or on any replica, does not store its result: the erasure took its
 * lease ({@link SummaryCache}). Other replicas keep their cache statistics (counts only, no text, gone after a day
 * idle), and their known bodies and written answers until these expire ({@code pulse.summarization.cache-ttl} after
 * they were made, or earlier when their bounds push them out): those are never served again, since every answer
 * needs the database's live row first, and the erasure deleted it.
 */
@Singleton
class ErasedOnReplica {

    private final CacheStatistics statistics;
    private final InFlight inFlight;
    private final KnownBodies bodies;
    private final Renderings renderings;

    ErasedOnReplica(CacheStatistics statistics, InFlight inFlight, KnownBodies bodies, Renderings renderings) {
        this.bodies = bodies;
        this.renderings = renderings;
        this.statistics = statistics;
        this.inFlight = inFlight;
    }

    void on(@Observes UserErased event) {
        statistics.forget(event.user());
        inFlight.forget(event.user());
        bodies.forget(event.user());
        renderings.forget(event.user());
    }
}
