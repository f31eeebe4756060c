package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.brainstorm.model.ActionItem;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Action items: shared by a session's members, so not an owned table; every finder carries the membership condition
 * of the scope's user ({@link SessionMembership}), and row-level security checks it again. Writes go by the item's
 * key (id and session) after the caller loaded it through this repository and checked the user may change it.
 */
@Singleton
public class ActionItemRepository {

    /** An action item with the text of its idea. */
    public record Row(ActionItem item, String ideaText) {
    }

    /** What a list is limited to: an owner, a status, and open items due before a date (each null: any). */
    public record Filter(UUID ownerId, String status, LocalDate overdueBefore) {
    }

    private static final String SELECT = "select a, i.text from ActionItem a, Idea i where i.id = a.ideaId and i.sessionId = a.sessionId"
            + " and a.sessionId = :session and " + member(":session");

    private static final String UPDATE = "update ActionItem a set a.ownerId = :owner, a.dueDate = :due, a.status = :status,"
            + " a.note = :note, a.updatedAt = :updatedAt, a.doneAt = :doneAt where a.id = :id and a.sessionId = :session";

    /** The item if it belongs to the session and the scope's user is a member of it; null otherwise. */
    public Uni<Row> find(UserScope scope, UUID sessionId, UUID itemId) {
        return rows(scope, SELECT + " and a.id = :id", sessionId).setParameter("id", itemId).getSingleResultOrNull()
                .map(row -> row == null ? null : row(row));
    }

    /** The idea's action item, if it has one (and the scope's user is a member of the session); null otherwise. */
    public Uni<ActionItem> findByIdea(UserScope scope, UUID sessionId, UUID ideaId) {
        return scope.session()
                .createSelectionQuery("from ActionItem a where a.sessionId = :session and a.ideaId = :idea and " + member(":session"),
                        ActionItem.class)
                .setParameter("session", sessionId)
                .setParameter("idea", ideaId)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    /**
     * One keyset page of the session's items matching the filter, by due date then id, after ({@code afterDue},
     * {@code afterId}) when they are given; {@code limit} rows at most.
     */
    public Uni<List<Row>> page(UserScope scope, UUID sessionId, Filter filter, LocalDate afterDue, UUID afterId, int limit) {
        StringBuilder hql = new StringBuilder(SELECT);
        if (filter.ownerId() != null) {
            hql.append(" and a.ownerId = :owner");
        }
        if (filter.status() != null) {
            hql.append(" and a.status = :status");
        }
        if (filter.overdueBefore() != null) {
            hql.append(" and a.status = 'open' and a.dueDate < :before");
        }
        if (afterDue != null) {
            hql.append(" and (a.dueDate > :afterDue or (a.dueDate = :afterDue and a.id > :afterId))");
        }
        Mutiny.SelectionQuery<Object[]> query = rows(scope, hql.append(" order by a.dueDate, a.id").toString(), sessionId);
        if (filter.ownerId() != null) {
            query.setParameter("owner", filter.ownerId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.overdueBefore() != null) {
            query.setParameter("before", filter.overdueBefore());
        }
        if (afterDue != null) {
            query.setParameter("afterDue", afterDue).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList().map(rows -> rows.stream().map(ActionItemRepository::row).toList());
    }

    /** Every item of the session, by due date then id (for the export). */
    public Uni<List<Row>> all(UserScope scope, UUID sessionId) {
        return rows(scope, SELECT + " order by a.dueDate, a.id", sessionId).getResultList()
                .map(rows -> rows.stream().map(ActionItemRepository::row).toList());
    }

    public Uni<ActionItem> persist(UserScope scope, ActionItem item) {
        return scope.session().persist(item).chain(scope.session()::flush).replaceWith(item);
    }

    /** Writes the item's changeable fields, by its key (the item was loaded through this repository, then changed). */
    public Uni<Void> update(UserScope scope, ActionItem item) {
        scope.session().detach(item); // written by key below, never by Hibernate's id-only update
        return scope.session().createMutationQuery(UPDATE)
                .setParameter("owner", item.getOwnerId())
                .setParameter("due", item.getDueDate())
                .setParameter("status", item.getStatus())
                .setParameter("note", item.getNote())
                .setParameter("updatedAt", item.getUpdatedAt())
                .setParameter("doneAt", item.getDoneAt())
                .setParameter("id", item.getId())
                .setParameter("session", item.getSessionId())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Deletes an item loaded through this repository, by its key. */
    public Uni<Void> remove(UserScope scope, ActionItem item) {
        scope.session().detach(item);
        return scope.session().createMutationQuery("delete from ActionItem a where a.id = :id and a.sessionId = :session")
                .setParameter("id", item.getId())
                .setParameter("session", item.getSessionId())
                .executeUpdate()
                .replaceWithVoid();
    }

    private static Mutiny.SelectionQuery<Object[]> rows(UserScope scope, String hql, UUID sessionId) {
        return scope.session().createSelectionQuery(hql, Object[].class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId());
    }

    private static Row row(Object[] columns) {
        return new Row((ActionItem) columns[0], (String) columns[1]);
    }
}
