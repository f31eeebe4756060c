package io.pulse.messaging.brainstorm.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** The latest clustering of each session. Callers check that the scope's user is a member of the session. */
@Singleton
public class ClusteringRepository {

    private static final String UPSERT = """
            insert into brainstorm.brainstorm_clusterings (session_id, user_id, created_at, idea_set_hash, engine, result)
            values (:session, :user, :createdAt, :hash, :engine, cast(cast(:result as text) as jsonb))
            on conflict (session_id) do update
               set user_id = excluded.user_id, created_at = excluded.created_at, idea_set_hash = excluded.idea_set_hash,
                   engine = excluded.engine, result = excluded.result
            """;

    public Uni<ClusteringRecord> find(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from ClusteringRecord c where c.sessionId = :session", ClusteringRecord.class)
                .setParameter("session", sessionId)
                .getSingleResultOrNull();
    }

    public Uni<Void> store(UserScope scope, UUID sessionId, String hash, String engine, String resultJson, OffsetDateTime at) {
        return scope.session().createNativeQuery(UPSERT)
                .setParameter("session", sessionId)
                .setParameter("user", scope.userId())
                .setParameter("createdAt", at)
                .setParameter("hash", hash)
                .setParameter("engine", engine)
                .setParameter("result", resultJson)
                .executeUpdate()
                .replaceWithVoid();
    }
}
