package io.pulse.messaging.summarization.repository;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Leases on computing a cache key ({@code summary_leases}): the holder computes outside any transaction, the others
 * wait for its result without holding a connection. Lease times are the database's ({@code now()}), one clock for
 * every replica. Every statement is limited to the scope's user ({@code user_id = $1}), row-level security behind
 * it.
 */
@Singleton
public class SummaryLeaseRepository {

    /** $1 user, $2 key, $3 holder, $4 milliseconds. */
    private static final String TAKE_SQL = """
            insert into summarization.summary_leases as l (user_id, cache_key, holder, expires_at)
            values ($1, $2, $3, now() + $4::double precision * interval '1 millisecond')
            on conflict (user_id, cache_key) do update set holder = excluded.holder, expires_at = excluded.expires_at
             where l.expires_at <= now()
            returning true""";

    /** $1 user, $2 key, $3 holder. */
    private static final String RELEASE_SQL = """
            delete from summarization.summary_leases where user_id = $1 and cache_key = $2 and holder = $3""";

    /**
     * Takes the lease on {@code key} for {@code holder} for {@code length}, if nobody holds it or the lease of whoever
     * did has expired: true when taken. A concurrent taker waits for this transaction (the key's row), so at most one
     * of them gets it.
     */
    public Uni<Boolean> take(SqlScope scope, String key, UUID holder, Duration length) {
        return scope.query(TAKE_SQL, Tuple.of(scope.userId(), key, holder, (double) length.toMillis())).map(rows -> rows.size() > 0);
    }

    /** Gives up {@code holder}'s lease on {@code key} (nothing when it was taken over meanwhile). */
    public Uni<Void> release(SqlScope scope, String key, UUID holder) {
        return held(scope, key, holder).replaceWithVoid();
    }

    /**
     * Gives up {@code holder}'s lease on {@code key}, answering whether it still held it: false when the lease is gone
     * (the user's erasure deleted it, on whichever replica it ran) or was taken over after it expired. The lease row
     * stays locked until the transaction ends, so an erasure deleting it waits for it.
     */
    public Uni<Boolean> held(SqlScope scope, String key, UUID holder) {
        return scope.query(RELEASE_SQL, Tuple.of(scope.userId(), key, holder)).map(rows -> rows.rowCount() > 0);
    }
}
