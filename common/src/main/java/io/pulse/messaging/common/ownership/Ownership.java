package io.pulse.messaging.common.ownership;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.DatabaseFailure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transaction boundary for user-owned data, and the second line of defence behind the application's own
 * filter: it opens the transaction and, on that transaction's connection and before any other statement, runs
 * {@code select set_config('app.user_id', $1, true)}, so PostgreSQL row-level security confines every
 * statement to that user. The setting ends with the transaction; a pooled connection keeps {@code ''}, which
 * the policies read as nobody.
 *
 * <p>Reads run in a transaction too: in autocommit the setting would be gone before the query.
 */
@ApplicationScoped
public class Ownership {

    private static final String BIND_USER = "select set_config('app.user_id', :user, true)";
    private static final String BIND_USER_SQL = "select set_config('app.user_id', $1, true)";

    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final CurrentUser currentUser;

    public Ownership(Mutiny.SessionFactory sessions, Pool pool, CurrentUser currentUser) {
        this.sessions = sessions;
        this.pool = pool;
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

    /**
     * Runs {@code work} in one transaction as the user this request acts for, on the reactive SQL client directly
     * (see {@link SqlScope}): the same pool, the same {@code set_config} binding first, the same row-level security.
     */
    public <T> Uni<T> sqlAsCurrentUser(Function<SqlScope, Uni<T>> work) {
        return Uni.createFrom().item(currentUser::id).chain(user -> sqlAsUser(user, work));
    }

    /** {@link #sqlAsCurrentUser} for a user established by other means, as {@link #asUser}. */
    public <T> Uni<T> sqlAsUser(UUID user, Function<SqlScope, Uni<T>> work) {
        Tuple binding = Tuple.of(user.toString());
        return pool.withTransaction(connection -> connection.preparedQuery(BIND_USER_SQL).execute(binding)
                        .chain(() -> work.apply(new SqlScope(user, connection))))
                // A broken socket fails with a bare IOException: say it came from the database (503, not 500).
                .onFailure(IOException.class).transform(DatabaseFailure::new);
    }
}
