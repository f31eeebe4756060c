package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.util.Map;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.summarization.model.SummaryCacheEntry;
import io.smallrye.mutiny.Uni;

/** The scope user's cache entries, keyed by content hash. */
@Singleton
public class SummaryCacheRepository extends OwnedRepository<SummaryCacheEntry> {

    public SummaryCacheRepository(Clock clock) {
        super(SummaryCacheEntry.class, clock);
    }

    /** Removes the user's entry for this key, expired or not, so that a fresh one can take its place. */
    public Uni<Integer> deleteKey(UserScope scope, String key) {
        return mutate(scope, "delete from SummaryCacheEntry where userId = :owner and cacheKey = :key", Map.of("key", key));
    }

    /**
     * Waits until no other transaction computes the same key for the same user (any replica), and holds the
     * claim until this transaction ends: concurrent identical requests run the engine once.
     */
    public Uni<Void> lockKey(UserScope scope, String key) {
        return scope.session()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) claimed", Long.class)
                .setParameter("key", "pulse.summary-cache:" + scope.userId() + ":" + key)
                .getSingleResult()
                .replaceWithVoid();
    }
}
