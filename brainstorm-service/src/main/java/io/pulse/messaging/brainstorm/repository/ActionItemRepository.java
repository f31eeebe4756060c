package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.ActionItem;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Action items: shared by a session's members, so not an owned table; every finder carries the membership condition
 * of the scope's user ({@link SessionMembership}: session $1, user $2), and row-level security checks it again. Writes
 * go by the item's key (id and session) after the caller loaded it through this repository and checked the user may
 * change it.
 */
@Singleton
public class ActionItemRepository {

    /** An action item with the text of its idea. */
    public record Row(ActionItem item, String ideaText) {
    }

    /** What a list is limited to: an owner, a status, and open items due before a date (each null: any). */
    public record Filter(UUID ownerId, String status, LocalDate overdueBefore) {
    }

    private static final String T = "brainstorm.brainstorm_action_items";
    private static final String ITEM_COLUMNS = "a.id, a.session_id, a.idea_id, a.user_id, a.owner_id, a.due_date, a.status, a.note,"
            + " a.created_at, a.updated_at, a.done_at";
    private static final String SELECT = "select " + ITEM_COLUMNS + ", i.text from " + T + " a join brainstorm.brainstorm_ideas i"
            + " on i.id = a.idea_id and i.session_id = a.session_id where a.session_id = $1 and " + member("$1", "$2");
    private static final String ONE = SELECT + " and a.id = $3";
    private static final String BY_IDEA = "select " + ITEM_COLUMNS + " from " + T + " a where a.session_id = $1 and a.idea_id = $3 and "
            + member("$1", "$2");
    private static final String ALL = SELECT + " order by a.due_date, a.id";
    private static final String INSERT = "insert into " + T + " (id, session_id, idea_id, user_id, owner_id, due_date, status, note,"
            + " created_at, updated_at, done_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
    private static final String UPDATE = "update " + T + " set owner_id = $3, due_date = $4, status = $5, note = $6, updated_at = $7,"
            + " done_at = $8 where id = $1 and session_id = $2";
    private static final String DELETE = "delete from " + T + " where id = $1 and session_id = $2";

    /** The item if it belongs to the session and the scope's user is a member of it; null otherwise. */
    public Uni<Row> find(SqlScope scope, UUID sessionId, UUID itemId) {
        return scope.query(ONE, Tuple.of(sessionId, scope.userId(), itemId)).map(rows -> Rows.first(rows, ActionItemRepository::row));
    }

    /** The idea's action item, if it has one (and the scope's user is a member of the session); null otherwise. */
    public Uni<ActionItem> findByIdea(SqlScope scope, UUID sessionId, UUID ideaId) {
        return scope.query(BY_IDEA, Tuple.of(sessionId, scope.userId(), ideaId)).map(rows -> Rows.first(rows, ActionItemRepository::item));
    }

    /**
     * One keyset page of the session's items matching the filter, by due date then id, after ({@code afterDue},
     * {@code afterId}) when they are given; {@code limit} rows at most.
     */
    public Uni<List<Row>> page(SqlScope scope, UUID sessionId, Filter filter, LocalDate afterDue, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> values = new ArrayList<>(Arrays.asList(sessionId, scope.userId()));
        if (filter.ownerId() != null) {
            values.add(filter.ownerId());
            sql.append(" and a.owner_id = $").append(values.size());
        }
        if (filter.status() != null) {
            values.add(filter.status());
            sql.append(" and a.status = $").append(values.size());
        }
        if (filter.overdueBefore() != null) {
            values.add(filter.overdueBefore());
            sql.append(" and a.status = 'open' and a.due_date < $").append(values.size());
        }
        if (afterDue != null) {
            values.add(afterDue);
            values.add(afterId);
            int due = values.size() - 1;
            sql.append(" and (a.due_date > $").append(due).append(" or (a.due_date = $").append(due)
                    .append(" and a.id > $").append(due + 1).append("))");
        }
        values.add(limit);
        sql.append(" order by a.due_date, a.id limit $").append(values.size());
        return scope.query(sql.toString(), Tuple.from(values)).map(rows -> Rows.all(rows, ActionItemRepository::row));
    }

    /** Every item of the session, by due date then id (for the export). */
    public Uni<List<Row>> all(SqlScope scope, UUID sessionId) {
        return scope.query(ALL, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.all(rows, ActionItemRepository::row));
    }

    public Uni<ActionItem> persist(SqlScope scope, ActionItem a) {
        return scope.query(INSERT, Tuple.from(Arrays.asList(a.getId(), a.getSessionId(), a.getIdeaId(), a.getUserId(), a.getOwnerId(),
                a.getDueDate(), a.getStatus(), a.getNote(), a.getCreatedAt(), a.getUpdatedAt(), a.getDoneAt()))).replaceWith(a);
    }

    /** Writes the item's changeable fields, by its key (the item was loaded through this repository, then changed). */
    public Uni<Void> update(SqlScope scope, ActionItem a) {
        return scope.query(UPDATE, Tuple.from(Arrays.asList(a.getId(), a.getSessionId(), a.getOwnerId(), a.getDueDate(), a.getStatus(),
                a.getNote(), a.getUpdatedAt(), a.getDoneAt()))).replaceWithVoid();
    }

    /** Deletes an item loaded through this repository, by its key. */
    public Uni<Void> remove(SqlScope scope, ActionItem item) {
        return scope.query(DELETE, Tuple.of(item.getId(), item.getSessionId())).replaceWithVoid();
    }

    private static Row row(io.vertx.mutiny.sqlclient.Row row) {
        return new Row(item(row), row.getString(11));
    }

    private static ActionItem item(io.vertx.mutiny.sqlclient.Row row) {
        ActionItem a = new ActionItem();
        a.setId(row.getUUID(0));
        a.setSessionId(row.getUUID(1));
        a.setIdeaId(row.getUUID(2));
        a.setUserId(row.getUUID(3));
        a.setOwnerId(row.getUUID(4));
        a.setDueDate(row.getLocalDate(5));
        a.setStatus(row.getString(6));
        a.setNote(row.getString(7));
        a.setCreatedAt(row.getOffsetDateTime(8));
        a.setUpdatedAt(row.getOffsetDateTime(9));
        a.setDoneAt(row.getOffsetDateTime(10));
        return a;
    }
}
