package io.pulse.messaging.brainstorm.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.AiCacheEntry;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** The 24-hour AI answer cache of the sessions. Callers check that the scope's user is a member of the session. */
@Singleton
public class AiCacheRepository {

    private final Clock clock;

    public AiCacheRepository(Clock clock) {
        this.clock = clock;
    }

    /** Concurrent misses for the same key both succeed: the later answer replaces the earlier one. */
    private static final String UPSERT = """
            insert into brainstorm.brainstorm_ai_cache
                   (id, session_id, user_id, created_at, expires_at, cache_key, framework, step, topic, idea_set_hash, engine, count, response)
            values (:id, :session, :user, :createdAt, :expiresAt, :key, :framework, :step, :topic, :ideaSetHash, :engine, :count, cast(cast(:response as text) as jsonb))
            on conflict (session_id, cache_key) do update
               set user_id = excluded.user_id, created_at = excluded.created_at, expires_at = excluded.expires_at,
                   response = excluded.response
            """;

    /** The answer cached under this key if it has not expired at {@code now}; null otherwise. */
    public Uni<AiCacheEntry> findFresh(UserScope scope, UUID sessionId, String key, OffsetDateTime now) {
        return scope.session()
                .createSelectionQuery("from AiCacheEntry e where e.sessionId = :session and e.cacheKey = :key and e.expiresAt > :now",
                        AiCacheEntry.class)
                .setParameter("session", sessionId)
                .setParameter("key", key)
                .setParameter("now", now)
                .getSingleResultOrNull();
    }

    public record NewEntry(UUID sessionId, String key, String framework, String step, String topic, String ideaSetHash,
            String engine, int count, String response, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    public Uni<Void> store(UserScope scope, NewEntry entry) {
        return scope.session().createNativeQuery(UPSERT)
                .setParameter("id", Ids.newId(clock))
                .setParameter("session", entry.sessionId())
                .setParameter("user", scope.userId())
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
                .replaceWithVoid();
    }
}
