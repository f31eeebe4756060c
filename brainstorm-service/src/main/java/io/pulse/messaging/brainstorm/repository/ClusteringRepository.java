package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.writerSql;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The latest clustering of each session: one row per session, shared by its members, so not an owned table. Reads
 * carry the membership condition of the scope's user, writes the owner-or-editor condition.
 */
@Singleton
public class ClusteringRepository {

    /**
     * Stores the row only when the scope's user may write to the session, and never over a clustering of a later
     * reading of the ideas ({@code created_at}: when the ideas were read), which a slower concurrent run would otherwise
     * replace with an older picture.
     */
    private static final String UPSERT = """
            insert into brainstorm.brainstorm_clusterings (session_id, user_id, created_at, idea_set_hash, engine, fallback_reason, result)
            select :session, :me, :createdAt, :hash, :engine, cast(:fallbackReason as text), cast(cast(:result as text) as jsonb)
             where %s
            on conflict (session_id) do update
               set user_id = excluded.user_id, created_at = excluded.created_at, idea_set_hash = excluded.idea_set_hash,
                   engine = excluded.engine, fallback_reason = excluded.fallback_reason, result = excluded.result,
                   version = brainstorm.brainstorm_clusterings.version + 1
             where brainstorm.brainstorm_clusterings.created_at <= excluded.created_at
            """.formatted(writerSql("cast(:session as uuid)"));

    /** A manual edit: the new result and lock, only over the version the edit was made on and if the user may write. */
    private static final String EDIT = """
            update brainstorm.brainstorm_clusterings
               set result = cast(cast(:result as text) as jsonb), locked = :locked, version = version + 1
             where session_id = :session and version = :version and %s
            """.formatted(writerSql("cast(:session as uuid)"));

    /**
     * The session's latest clustering, locked against concurrent changes until the transaction ends (edits and
     * re-clusterings of the session queue behind each other), if the scope's user is a member; null when there is none.
     */
    public Uni<ClusteringRecord> findForUpdate(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from ClusteringRecord c where c.sessionId = :session and " + member(":session"),
                        ClusteringRecord.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    /** Stores a manual edit made on {@code version}; false when the clustering is at another version by now. */
    public Uni<Boolean> edit(UserScope scope, UUID sessionId, long version, String resultJson, boolean locked) {
        return scope.session().createNativeQuery(EDIT)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .setParameter("version", version)
                .setParameter("result", resultJson)
                .setParameter("locked", locked)
                .executeUpdate()
                .map(rows -> rows > 0);
    }

    /** The session's latest clustering if the scope's user is a member; null when there is none. */
    public Uni<ClusteringRecord> find(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from ClusteringRecord c where c.sessionId = :session and " + member(":session"),
                        ClusteringRecord.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    /**
     * Replaces the session's latest clustering ({@code engine}: what labelled it; {@code fallbackReason}: why the local
     * labels stand in for the model's, or null); false when a clustering of a later reading is stored already (or the
     * scope's user may not write to the session, which the caller has checked).
     */
    public Uni<Boolean> store(UserScope scope, UUID sessionId, String hash, String engine, String fallbackReason, String resultJson,
            OffsetDateTime at) {
        return scope.session().createNativeQuery(UPSERT)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .setParameter("createdAt", at)
                .setParameter("hash", hash)
                .setParameter("engine", engine)
                .setParameter("fallbackReason", fallbackReason)
                .setParameter("result", resultJson)
                .executeUpdate()
                .map(rows -> rows > 0);
    }
}
