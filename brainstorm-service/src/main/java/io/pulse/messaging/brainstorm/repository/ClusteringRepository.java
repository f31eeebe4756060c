package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.writer;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The latest clustering of each session: one row per session, shared by its members, so not an owned table. Reads
 * carry the membership condition of the scope's user, writes the owner-or-editor condition (session $1, user $2).
 */
@Singleton
public class ClusteringRepository {

    private static final String T = "brainstorm.brainstorm_clusterings";
    private static final String FIND = "select c.session_id, c.user_id, c.created_at, c.idea_set_hash, c.engine, c.fallback_reason,"
            + " c.result::text, c.version, c.locked from " + T + " c where c.session_id = $1 and " + member("$1", "$2");

    /** The same, the row locked against concurrent changes (not against new keys: nothing refers to it). */
    private static final String FIND_FOR_UPDATE = FIND + " for no key update of c";

    /**
     * Stores the row only when the scope's user may write to the session, and never over a clustering of a later
     * reading of the ideas ({@code created_at}: when the ideas were read), which a slower concurrent run would otherwise
     * replace with an older picture.
     */
    private static final String UPSERT = "insert into " + T + " (session_id, user_id, created_at, idea_set_hash, engine, fallback_reason,"
            + " result) select $1::uuid, $2::uuid, $3::timestamptz, $4::text, $5::text, $6::text, $7::text::jsonb where " + writer("$1::uuid", "$2::uuid")
            + " on conflict (session_id) do update set user_id = excluded.user_id, created_at = excluded.created_at,"
            + " idea_set_hash = excluded.idea_set_hash, engine = excluded.engine, fallback_reason = excluded.fallback_reason,"
            + " result = excluded.result, version = " + T + ".version + 1 where " + T + ".created_at <= excluded.created_at";

    /** A manual edit: the new result and lock, only over the version the edit was made on and if the user may write. */
    private static final String EDIT = "update " + T + " set result = $4::text::jsonb, locked = $5, version = version + 1"
            + " where session_id = $1 and version = $3 and " + writer("$1::uuid", "$2::uuid");

    /**
     * The session's latest clustering, locked against concurrent changes until the transaction ends (edits and
     * re-clusterings of the session queue behind each other), if the scope's user is a member; null when there is none.
     */
    public Uni<ClusteringRecord> findForUpdate(SqlScope scope, UUID sessionId) {
        return scope.query(FIND_FOR_UPDATE, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.first(rows, ClusteringRepository::record));
    }

    /** Stores a manual edit made on {@code version}; false when the clustering is at another version by now. */
    public Uni<Boolean> edit(SqlScope scope, UUID sessionId, long version, String resultJson, boolean locked) {
        return scope.query(EDIT, Tuple.of(sessionId, scope.userId(), version, resultJson, locked)).map(rows -> rows.rowCount() > 0);
    }

    /** The session's latest clustering if the scope's user is a member; null when there is none. */
    public Uni<ClusteringRecord> find(SqlScope scope, UUID sessionId) {
        return scope.query(FIND, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.first(rows, ClusteringRepository::record));
    }

    /**
     * Replaces the session's latest clustering ({@code engine}: what labelled it; {@code fallbackReason}: why the local
     * labels stand in for the model's, or null); false when a clustering of a later reading is stored already (or the
     * scope's user may not write to the session, which the caller has checked).
     */
    public Uni<Boolean> store(SqlScope scope, UUID sessionId, String hash, String engine, String fallbackReason, String resultJson,
            OffsetDateTime at) {
        return scope.query(UPSERT, Tuple.from(Arrays.asList(sessionId, scope.userId(), at, hash, engine, fallbackReason, resultJson)))
                .map(rows -> rows.rowCount() > 0);
    }

    private static ClusteringRecord record(Row row) {
        return new ClusteringRecord(row.getUUID(0), row.getUUID(1), row.getOffsetDateTime(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getLong(7), row.getBoolean(8));
    }
}
