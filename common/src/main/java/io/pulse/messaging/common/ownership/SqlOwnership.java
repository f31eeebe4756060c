package io.pulse.messaging.common.ownership;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JacksonException;

import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.DatabaseFailure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transaction boundary for user-owned data on the reactive SQL client, and the second line of defence behind the
 * application's own filter: it opens the transaction and, on that transaction's connection and before any other
 * statement, runs {@code select set_config('app.user_id', $1, true)}, so PostgreSQL row-level security confines every
 * statement to that user. The setting ends with the transaction; a pooled connection keeps {@code ''}, which the
 * policies read as nobody.
 *
 * <p>Reads run in a transaction too: in autocommit the setting would be gone before the query.
 */
@ApplicationScoped
public class SqlOwnership {

    /** The user binding, the first statement of every user's transaction (on the SQL client and on a session alike). */
    public static final String BIND_USER_SQL = "select set_config('app.user_id', $1, true)";

    private final Pool pool;
    private final CurrentUser currentUser;

    public SqlOwnership(Pool pool, CurrentUser currentUser) {
        this.pool = pool;
        this.currentUser = currentUser;
    }

    /**
     * Runs {@code work} in one transaction as the user this request acts for ({@link CurrentUser#id()}), on the reactive
     * SQL client directly (see {@link SqlScope}).
     */
    public <T> Uni<T> sqlAsCurrentUser(Function<SqlScope, Uni<T>> work) {
        return Uni.createFrom().item(currentUser::id).chain(user -> sqlAsUser(user, work));
    }

    /**
     * Runs {@code work} in one transaction as {@code user}. Only for a user whose identity the caller has already
     * established by other means (a verified webhook signature, a service token naming the user).
     */
    public <T> Uni<T> sqlAsUser(UUID user, Function<SqlScope, Uni<T>> work) {
        Tuple binding = Tuple.of(user.toString());
        return pool.withTransaction(connection -> connection.preparedQuery(BIND_USER_SQL).execute(binding)
                        .chain(() -> work.apply(new SqlScope(user, connection))))
                // A broken socket fails with a bare IOException: say it came from the database (503, not 500). Not
                // Jackson's failures, IOExceptions too: a request body the work could not read is the client's (400).
                .onFailure(SqlOwnership::brokenConnection).transform(DatabaseFailure::new);
    }

    private static boolean brokenConnection(Throwable failure) {
        return failure instanceof IOException && !(failure instanceof JacksonException);
    }
}
