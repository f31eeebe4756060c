package io.pulse.messaging.common.orm;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.common.auth.CurrentUser;
import io.smallrye.mutiny.Uni;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;

/**
 * {@link SqlOwnership}'s transaction boundary on a Hibernate Reactive session, for the services that keep entities:
 * the transaction opens and binds {@code app.user_id} first, so row-level security confines every statement to that
 * user. The SQL client's variants ({@link #sqlAsUser}) are {@link SqlOwnership}'s, offered here too so that a service
 * holds one boundary for both.
 */
@ApplicationScoped
public class Ownership {

    private static final String BIND_USER = "select set_config('app.user_id', :user, true)";

    private final Mutiny.SessionFactory sessions;
    private final SqlOwnership sql;
    private final CurrentUser currentUser;

    public Ownership(Mutiny.SessionFactory sessions, SqlOwnership sql, CurrentUser currentUser) {
        this.sessions = sessions;
        this.sql = sql;
        this.currentUser = currentUser;
    }

    /** Runs {@code work} in one transaction as the user this request acts for ({@link CurrentUser#id()}). */
    public <T> Uni<T> asCurrentUser(Function<UserScope, Uni<T>> work) {
        return Uni.createFrom().item(currentUser::id).chain(user -> asUser(user, work));
    }

    /**
     * Runs {@code work} in one transaction as {@code user}. Only for a user whose identity the caller has already
     * established by other means (a verified webhook signature, a service token naming the user).
     */
    public <T> Uni<T> asUser(UUID user, Function<UserScope, Uni<T>> work) {
        String id = user.toString();
        // Run as an update (its one row is not read): an update's plan is cached by its SQL, a native select's never
        // is found again (QueryPlanReuseTest).
        return sessions.withTransaction(session -> session.createNativeQuery(BIND_USER)
                .setParameter("user", id)
                .executeUpdate()
                .chain(() -> work.apply(new UserScope(user, session))));
    }

    /** {@link SqlOwnership#sqlAsCurrentUser}: the same binding on the reactive SQL client directly. */
    public <T> Uni<T> sqlAsCurrentUser(Function<SqlScope, Uni<T>> work) {
        return sql.sqlAsCurrentUser(work);
    }

    /** {@link SqlOwnership#sqlAsUser}, for a user established by other means, as {@link #asUser}. */
    public <T> Uni<T> sqlAsUser(UUID user, Function<SqlScope, Uni<T>> work) {
        return sql.sqlAsUser(user, work);
    }
}
