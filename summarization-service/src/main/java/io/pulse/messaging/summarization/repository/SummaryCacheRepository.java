package io.pulse.messaging.summarization.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** The scope user's cache entries, keyed by content hash; their lookup is {@link SummaryReads#cachedId}. */
@Singleton
public class SummaryCacheRepository {

    /** $1 id, $2 user, $3 key, $4 summary, $5 now, $6 expiry. */
    private static final String PUT = """
            insert into summarization.summary_cache as c (id, user_id, cache_key, summary_id, created_at, expires_at)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (user_id, cache_key) do update
               set summary_id = excluded.summary_id, created_at = excluded.created_at, expires_at = excluded.expires_at""";

    private final Clock clock;

    public SummaryCacheRepository(Clock clock) {
        this.clock = clock;
    }

    /**
     * Points the user's entry for {@code key} at {@code summaryId} until {@code expires}, in one statement whether or not
     * an entry (live or expired) is there: two computations of the same key that finish together (a lease taken over
     * from a holder that was only slow) both succeed, the later one's summary served from then on.
     */
    public Uni<Void> put(SqlScope scope, String key, UUID summaryId, OffsetDateTime now, OffsetDateTime expires) {
        return scope.query(PUT, Tuple.of(Ids.newId(clock), scope.userId(), key, summaryId, now, expires)).replaceWithVoid();
    }
}
