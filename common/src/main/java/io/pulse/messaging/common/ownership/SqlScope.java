package io.pulse.messaging.common.ownership;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Proof that the code holding it runs inside a transaction whose connection is bound to one user, on the reactive SQL
 * client: every service's reads and writes take one, so a statement on a user-owned table cannot be written outside
 * such a transaction. Only {@link SqlOwnership} creates one. Every statement run here is confined by row-level
 * security; the repositories filter by {@link #userId()} as well.
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
