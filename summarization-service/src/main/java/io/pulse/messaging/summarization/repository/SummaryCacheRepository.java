package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.summarization.model.SummaryCacheEntry;
import io.smallrye.mutiny.Uni;

/** The scope user's cache entries, keyed by content hash. */
@Singleton
public class SummaryCacheRepository extends OwnedRepository<SummaryCacheEntry> {

    private static final String PUT = """
            insert into summarization.summary_cache as c (id, user_id, cache_key, summary_id, created_at, expires_at)
            values (:id, :owner, :key, :summary, :now, :expires)
            on conflict (user_id, cache_key) do update
               set summary_id = excluded.summary_id, created_at = excluded.created_at, expires_at = excluded.expires_at""";

    private final Clock clock;

    public SummaryCacheRepository(Clock clock) {
        super(SummaryCacheEntry.class, clock);
        this.clock = clock;
    }

    /**
     * Points the user's entry for {@code key} at {@code summaryId} until {@code expires}, in one statement whether or not
     * an entry (live or expired) is there: two computations of the same key that finish together (a lease taken over
     * from a holder that was only slow) both succeed, the later one's summary served from then on.
     */
    public Uni<Void> put(UserScope scope, String key, UUID summaryId, OffsetDateTime now, OffsetDateTime expires) {
        return scope.session().createNativeQuery(PUT)
                .setParameter("id", Ids.newId(clock))
                .setParameter("owner", scope.userId())
                .setParameter("key", key)
                .setParameter("summary", summaryId)
                .setParameter("now", now)
                .setParameter("expires", expires)
                .executeUpdate()
                .replaceWithVoid();
    }
}
