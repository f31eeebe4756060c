package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.COLLABORATORS;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The members of a session other than its owner. Not an owned table (the owner writes rows naming other users), so
 * every read carries the membership condition of the scope's user. Callers check that the scope's user may change them
 * (the owner only); row-level security checks it again.
 */
@Singleton
public class CollaboratorRepository {

    private static final String COLUMNS = "select c.id, c.session_id, c.user_id, c.role, c.invited_by, c.created_at, c.updated_at from "
            + COLLABORATORS + " c where c.session_id = $1 and " + member("$1", "$2");
    private static final String ONE = COLUMNS + " and c.user_id = $3";
    private static final String ALL = COLUMNS + " order by c.created_at, c.id";
    private static final String INSERT = "insert into " + COLLABORATORS + " (id, session_id, user_id, role, invited_by, created_at,"
            + " updated_at) values ($1, $2, $3, $4, $5, $6, $7)";
    private static final String UPDATE = "update " + COLLABORATORS + " set role = $3, updated_at = $4 where id = $1 and session_id = $2";
    private static final String DELETE = "delete from " + COLLABORATORS + " where id = $1 and session_id = $2";

    /** The user's membership row in a session the scope's user is a member of; null when there is none. */
    public Uni<Collaborator> find(SqlScope scope, UUID sessionId, UUID userId) {
        return scope.query(ONE, Tuple.of(sessionId, scope.userId(), userId)).map(rows -> Rows.first(rows, CollaboratorRepository::row));
    }

    /** The collaborators of a session the scope's user is a member of, in the order they were invited. */
    public Uni<List<Collaborator>> list(SqlScope scope, UUID sessionId) {
        return scope.query(ALL, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.all(rows, CollaboratorRepository::row));
    }

    public Uni<Collaborator> persist(SqlScope scope, Collaborator c) {
        return scope.query(INSERT, Tuple.from(List.of(c.getId(), c.getSessionId(), c.getUserId(), c.getRole(), c.getInvitedBy(),
                c.getCreatedAt(), c.getUpdatedAt()))).replaceWith(c);
    }

    /** Writes a row's role (loaded through this repository, then changed), by its key. */
    public Uni<Void> update(SqlScope scope, Collaborator c) {
        return scope.query(UPDATE, Tuple.of(c.getId(), c.getSessionId(), c.getRole(), c.getUpdatedAt())).replaceWithVoid();
    }

    /** Deletes a row loaded through this repository (the caller checked that the scope's user owns the session). */
    public Uni<Void> remove(SqlScope scope, Collaborator c) {
        return scope.query(DELETE, Tuple.of(c.getId(), c.getSessionId())).replaceWithVoid();
    }

    private static Collaborator row(Row row) {
        Collaborator c = new Collaborator();
        c.setId(row.getUUID(0));
        c.setSessionId(row.getUUID(1));
        c.setUserId(row.getUUID(2));
        c.setRole(row.getString(3));
        c.setInvitedBy(row.getUUID(4));
        c.setCreatedAt(row.getOffsetDateTime(5));
        c.setUpdatedAt(row.getOffsetDateTime(6));
        return c;
    }
}
