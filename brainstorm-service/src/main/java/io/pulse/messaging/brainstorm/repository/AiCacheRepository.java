package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.writer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.AiCacheEntry;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The 24-hour AI answer cache of the sessions, shared by each session's members (its {@code user_id} is only who
 * asked first), so not an owned table. Reads carry the membership condition of the scope's user, writes the
 * owner-or-editor condition (session $1, user $2).
 */
@Singleton
public class AiCacheRepository {

    private static final String T = "brainstorm.brainstorm_ai_cache";
    private static final String FRESH = "select e.id, e.user_id, e.created_at, e.session_id, e.expires_at, e.cache_key, e.engine,"
            + " e.response::text from " + T + " e where e.session_id = $1 and e.cache_key = $3 and e.expires_at > $4 and "
            + member("$1", "$2");

    /**
     * Concurrent misses for the same key both succeed: the later answer replaces the earlier one. Stores nothing when
     * the scope's user may not write to the session.
     */
    private static final String UPSERT = "insert into " + T + " (session_id, user_id, id, created_at, expires_at, cache_key, framework,"
            + " step, topic, idea_set_hash, engine, count, response)"
            + " select $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::text, $7::text, $8::text, $9::text,"
            + " $10::text, $11::text, $12::integer, $13::text::jsonb where " + writer("$1::uuid", "$2::uuid")
            + " on conflict (session_id, cache_key) do update set user_id = excluded.user_id, created_at = excluded.created_at,"
            + " expires_at = excluded.expires_at, response = excluded.response";

    private final Clock clock;

    public AiCacheRepository(Clock clock) {
        this.clock = clock;
    }

    /** The answer cached under this key if it has not expired at {@code now} and the scope's user is a member; null otherwise. */
    public Uni<AiCacheEntry> findFresh(SqlScope scope, UUID sessionId, String key, OffsetDateTime now) {
        return scope.query(FRESH, Tuple.of(sessionId, scope.userId(), key, now)).map(rows -> Rows.first(rows, AiCacheRepository::entry));
    }

    public record NewEntry(UUID sessionId, String key, String framework, String step, String topic, String ideaSetHash,
            String engine, int count, String response, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    /** Stores an answer; false when the scope's user may not write to the session. */
    public Uni<Boolean> store(SqlScope scope, NewEntry entry) {
        return scope.query(UPSERT, Tuple.from(Arrays.asList(entry.sessionId(), scope.userId(), Ids.newId(clock), entry.createdAt(),
                entry.expiresAt(), entry.key(), entry.framework(), entry.step(), entry.topic(), entry.ideaSetHash(), entry.engine(),
                entry.count(), entry.response()))).map(rows -> rows.rowCount() > 0);
    }

    private static AiCacheEntry entry(Row row) {
        return new AiCacheEntry(row.getUUID(0), row.getUUID(1), row.getOffsetDateTime(2), row.getUUID(3), row.getOffsetDateTime(4),
                row.getString(5), row.getString(6), row.getString(7));
    }
}
