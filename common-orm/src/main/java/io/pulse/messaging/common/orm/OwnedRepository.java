package io.pulse.messaging.common.orm;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;
import io.pulse.messaging.common.ownership.Ids;

/**
 * Data access for a user-owned entity: the first line of defence. Every method takes the {@link UserScope} of
 * the transaction it runs in and limits its statement to that scope's user, so rows of other users are
 * neither read nor changed even before row-level security is consulted. Subclasses add their own queries
 * through {@link #select}, {@link #page} and {@link #mutate}, which add the owner condition themselves.
 *
 * <p>Declare subclasses {@code @Singleton} (they hold no state and need no client proxy).
 *
 * @param <E> the entity, mapped to a table with {@code id}, {@code user_id} and {@code created_at}
 */
public abstract class OwnedRepository<E extends OwnedEntity> {

    private static final String OWNER = "userId = :owner";

    private final Class<E> type;
    private final String entity;
    private final Clock clock;

    protected OwnedRepository(Class<E> type, Clock clock) {
        this.type = type;
        this.entity = type.getSimpleName();
        this.clock = clock;
    }

    /** The entity with this id if the scope's user owns it; null otherwise (absent and foreign look the same). */
    public Uni<E> findById(UserScope scope, UUID id) {
        return select(scope, "id = :id", Map.of("id", id)).setMaxResults(1).getSingleResultOrNull();
    }

    /** Stores a new entity for the scope's user, giving it an id (if it has none) and its creation time. */
    public Uni<E> persist(UserScope scope, E entity) {
        entity.setUserId(scope.userId());
        if (entity.getId() == null) {
            entity.setId(Ids.newId(clock));
        }
        if (entity.getCreatedAt() == null) {
            entity.setCreatedAt(now());
        }
        return scope.session().persist(entity).chain(scope.session()::flush).replaceWith(entity);
    }

    /** Writes pending changes of loaded entities now, so that constraint violations surface in this chain. */
    public Uni<E> flush(UserScope scope, E entity) {
        return scope.session().flush().replaceWith(entity);
    }

    /** Deletes the scope user's entity with this id; false when there is none. */
    public Uni<Boolean> deleteById(UserScope scope, UUID id) {
        return mutate(scope, "delete from " + entity + " where " + OWNER + " and id = :id", Map.of("id", id))
                .map(count -> count > 0);
    }

    /** All of the scope user's entities, newest first, one keyset page at a time. */
    public Uni<Page<E>> page(UserScope scope, PageParams page) {
        return page(scope, null, Map.of(), page);
    }

    /**
     * The scope user's entities matching {@code where} (HQL over the entity's attributes, or null for all),
     * newest first, one keyset page at a time.
     */
    public Uni<Page<E>> page(UserScope scope, String where, Map<String, Object> parameters, PageParams page) {
        Map<String, Object> all = new HashMap<>(parameters);
        String after = "";
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            all.put("cursorAt", cursor.timestamp(0));
            all.put("cursorId", cursor.uuid(1));
            after = " and (createdAt < :cursorAt or (createdAt = :cursorAt and id < :cursorId))";
        }
        String condition = (where == null ? "" : " and (" + where + ")") + after;
        return query(scope, condition + " order by createdAt desc, id desc", all)
                .setMaxResults(page.limit() + 1)
                .getResultList()
                .map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.getCreatedAt(), row.getId())));
    }

    /** Entities of the scope's user matching {@code where} (HQL over the entity's attributes). */
    protected Mutiny.SelectionQuery<E> select(UserScope scope, String where, Map<String, Object> parameters) {
        return query(scope, " and (" + where + ")", parameters);
    }

    /**
     * Runs an HQL update or delete that must name {@code :owner} in its condition; the owner is bound here.
     *
     * @throws IllegalArgumentException for a statement that is not limited to the owner
     */
    protected Uni<Integer> mutate(UserScope scope, String statement, Map<String, Object> parameters) {
        if (!statement.contains(OWNER)) {
            throw new IllegalArgumentException("An owned-table statement must be limited by " + OWNER + ": " + statement);
        }
        Mutiny.MutationQuery query = scope.session().createMutationQuery(statement).setParameter("owner", scope.userId());
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    /** The current time as stored: UTC, microsecond precision (PostgreSQL's). */
    protected OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    private Mutiny.SelectionQuery<E> query(UserScope scope, String rest, Map<String, Object> parameters) {
        Mutiny.SelectionQuery<E> query = scope.session()
                .createSelectionQuery("from " + entity + " where " + OWNER + rest, type)
                .setParameter("owner", scope.userId());
        parameters.forEach(query::setParameter);
        return query;
    }

}
