package io.pulse.messaging.common.ownership;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Like {@code UserScope} (common-orm), proof that the code holding it runs inside a transaction whose connection is bound to one
 * user, but on the reactive SQL client directly rather than through Hibernate: for the hottest reads (and batched
 * writes), where a prepared statement and a row mapper cost a fraction of a session, a query plan and managed
 * entities. Only {@link SqlOwnership} creates one. Every statement run here is still confined by row-level security;
 * the repositories filter by {@link #userId()} as well, as they do with Hibernate.
 */
public final class SqlScope {

    private final UUID userId;
    private final SqlConnection connection;

    SqlScope(UUID userId, SqlConnection connection) {
        this.userId = userId;
        this.connection = connection;
    }

    /** The user every statement in this scope is limited to. */
    public UUID userId() {
        return userId;
    }

    /**
     * Runs one prepared statement on the scoped transaction's connection. The pool caches each connection's
     * prepared statements by their SQL ({@code quarkus.datasource.reactive.cache-prepared-statements}), so the
     * SQL must be a constant: values go in {@code arguments}, never into the text.
     */
    public Uni<RowSet<Row>> query(String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments);
    }

    /** The scoped transaction's connection, for what {@link #query} does not cover (a batch, a cursor). */
    public SqlConnection connection() {
        return connection;
    }
}
