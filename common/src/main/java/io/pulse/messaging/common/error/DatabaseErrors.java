package io.pulse.messaging.common.error;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;


import io.quarkus.logging.Log;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Reads a failure's cause chain for what the database said, and turns it into what the client should hear:
 * constraint violations are the client's conflict; an unreachable, lost or overloaded database (connection refused or
 * reset, pool queue full, no connection in time, statement or lock timeout) is a 503 to retry later.
 */
public final class DatabaseErrors {

    private static final int MAX_DEPTH = 8;

    private DatabaseErrors() {
    }

    /** The problem this failure amounts to, if it came from the database; empty otherwise. */
    public static Optional<Problem> classify(Throwable failure) {
        return classify(failure, false, 0);
    }

    private static Optional<Problem> classify(Throwable failure, boolean fromDatabase, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        boolean database = fromDatabase;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CompositeException composite) {
                // Several failures at once, e.g. the statement's and then the rollback's on the same lost connection.
                for (Throwable each : composite.getCauses()) {
                    Optional<Problem> problem = classify(each, database, depth + 1);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                return Optional.empty();
            }
            database |= cause instanceof DatabaseFailure || cause.getClass().getName().startsWith("io.vertx.sqlclient.");
            Optional<Problem> problem = classifyOne(cause, database);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> classifyOne(Throwable cause, boolean fromDatabase) {
        if (cause instanceof PgException pg) {
            return Optional.ofNullable(forSqlState(pg.getSqlState(), pg.getErrorMessage()));
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return Optional.ofNullable(forSqlState(sql.getSQLState(), sql.getMessage()));
        }
        String vertxFailure = vertxFailure(cause);
        if (cause instanceof ConnectionPoolTooBusyException || vertxFailure.startsWith("Timeout")) {
            return Optional.of(busy()); // the pool's wait queue is full, or no connection came free in time
        }
        if (vertxFailure.startsWith("Connection is not active now") || vertxFailure.startsWith("Pending requests failed")
                || cause instanceof ConnectException || cause instanceof ClosedConnectionException
                || cause instanceof ClosedChannelException || cause instanceof TimeoutException
                || cause.getClass().getName().startsWith("io.netty.channel.ConnectTimeout")
                || isPoolConnectionFailure(cause)
                // The connection failed under a query (reset by a restarting or terminated server, broken pipe).
                || (fromDatabase && cause instanceof IOException)) {
            return Optional.of(unavailable());
        }
        return Optional.empty();
    }

    static Problem unavailable() {
        return ProblemType.DATABASE_UNAVAILABLE.problem("The database cannot be reached right now; retry shortly.");
    }

    static Problem busy() {
        return ProblemType.DATABASE_UNAVAILABLE.problem("The database is too busy to take this request now; retry shortly.");
    }

    private static Problem forSqlState(String state, String message) {
        if (state == null) {
            return null;
        }
        if (staleStatement(state, message)) {
            Log.warnf("A cached prepared statement failed (SQLSTATE %s): a pooler without protocol-level prepared"
                    + " statements, or a migration that changed a result type under this replica", state);
            return unavailable();
        }
        return switch (state) {
            case "23505" -> ProblemType.CONFLICT.problem("This conflicts with something that already exists.");
            case "23503" -> ProblemType.CONFLICT.problem("This conflicts with related data.");
            case "23514", "23502", "23P01" -> ProblemType.UNPROCESSABLE.problem("The data breaks a rule of what may be stored.");
            case "40001", "40P01" -> ProblemType.CONFLICT.problem("A concurrent change got in the way; retry the request.");
            case "42501" -> {
                // Row-level security refused a row the application filter let through: a bug, never the client's.
                Log.warn("Row-level security refused a statement (SQLSTATE 42501)");
                yield ProblemType.FORBIDDEN.problem("Not allowed.");
            }
            // statement_timeout (57014) and lock_timeout (55P03): the database is too slow or contended right now.
            case "57014", "55P03" -> busy();
            // Too many connections, server shutting down or restarting, idle in transaction or idle session too long.
            case "53300", "57P01", "57P02", "57P03", "57P05", "25P03" -> unavailable();
            default -> state.startsWith("08") ? unavailable()
                    : state.startsWith("22") ? ProblemType.BAD_REQUEST.problem("A value is out of range or malformed.")
                    : null;
        };
    }

    /**
     * A statement the connection prepared once and the server no longer runs as prepared: "prepared statement does not
     * exist" (26000, behind a transaction-mode pooler that does not keep prepared statements) or "cached plan must not
     * change result type" (0A000, a migration changed a column the statement returns). Neither is the client's fault.
     */
    private static boolean staleStatement(String state, String message) {
        return "26000".equals(state) || ("0A000".equals(state) && message != null && message.contains("cached plan"));
    }

    /**
     * The message of a bare failure of Vert.x's SQL client, which fails some futures with a message only: "Timeout"
     * (waited longer than the pool's connection timeout), "Connection is not active now, current status: CLOSED" (a
     * statement or commit on a connection the server has closed). Empty for anything else.
     */
    private static String vertxFailure(Throwable cause) {
        return cause.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable") && cause.getMessage() != null
                ? cause.getMessage() : "";
    }

    private static boolean isPoolConnectionFailure(Throwable cause) {
        String message = cause.getMessage();
        return message != null && (message.startsWith("Connection refused") || message.contains("Failed to connect"));
    }
}
