package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.writerSql;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.AiCacheEntry;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The 24-hour AI answer cache of the sessions, shared by each session's members (its {@code user_id} is only who
 * asked first), so not an owned table. Reads carry the membership condition of the scope's user, writes the
 * owner-or-editor condition.
 */
@Singleton
public class AiCacheRepository {

    /**
     * Concurrent misses for the same key both succeed: the later answer replaces the earlier one. Stores nothing when
     * the scope's user may not write to the session.
     */
    private static final String UPSERT = """
            insert into brainstorm.brainstorm_ai_cache
                   (id, session_id, user_id, created_at, expires_at, cache_key, framework, step, topic, idea_set_hash, engine, count, response)
            select :id, :session, :me, :createdAt, :expiresAt, :key, :framework, :step, :topic, :ideaSetHash, :engine, :count,
                   cast(cast(:response as text) as jsonb)
             where %s
            on conflict (session_id, cache_key) do update
               set user_id = excluded.user_id, created_at = excluded.created_at, expires_at = excluded.expires_at,
                   response = excluded.response
            """.formatted(writerSql("cast(:session as uuid)"));

    private final Clock clock;

    public AiCacheRepository(Clock clock) {
        this.clock = clock;
    }

    /** The answer cached under this key if it has not expired at {@code now} and the scope's user is a member; null otherwise. */
    public Uni<AiCacheEntry> findFresh(UserScope scope, UUID sessionId, String key, OffsetDateTime now) {
        return scope.session()
                .createSelectionQuery("from AiCacheEntry e where e.sessionId = :session and e.cacheKey = :key and e.expiresAt > :now and "
                        + member(":session"), AiCacheEntry.class)
                .setParameter("session", sessionId)
                .setParameter("key", key)
                .setParameter("now", now)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    public record NewEntry(UUID sessionId, String key, String framework, String step, String topic, String ideaSetHash,
            String engine, int count, String response, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    /** Stores an answer; false when the scope's user may not write to the session. */
    public Uni<Boolean> store(UserScope scope, NewEntry entry) {
        return scope.session().createNativeQuery(UPSERT)
                .setParameter("id", Ids.newId(clock))
                .setParameter("session", entry.sessionId())
                .setParameter(ME, scope.userId())
                .setParameter("createdAt", entry.createdAt())
                .setParameter("expiresAt", entry.expiresAt())
                .setParameter("key", entry.key())
                .setParameter("framework", entry.framework())
                .setParameter("step", entry.step())
                .setParameter("topic", entry.topic())
                .setParameter("ideaSetHash", entry.ideaSetHash())
                .setParameter("engine", entry.engine())
                .setParameter("count", entry.count())
                .setParameter("response", entry.response())
                .executeUpdate()
                .map(rows -> rows > 0);
    }
}
