package io.pulse.messaging.common.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.quarkus.logging.Log;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Reads a failure's cause chain for what the database said, and turns it into what the client should hear:
 * constraint violations are the client's conflict, an unreachable database is a 503 to retry later.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** The problem this failure amounts to, if it came from the database; empty otherwise. */
    public static Optional<Problem> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg) {
                return Optional.ofNullable(forSqlState(pg.getSqlState()));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.ofNullable(forSqlState(sql.getSQLState()));
            }
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof ClosedChannelException || cause instanceof TimeoutException
                    || cause.getClass().getName().startsWith("io.netty.channel.ConnectTimeout")
                    || isPoolConnectionFailure(cause)) {
                return Optional.of(unavailable());
            }
        }
        return Optional.empty();
    }

    static Problem unavailable() {
        return ProblemType.DATABASE_UNAVAILABLE.problem("The database cannot be reached right now; retry shortly.");
    }

    private static Problem forSqlState(String state) {
        if (state == null) {
            return null;
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
            case "53300", "57P01", "57P02", "57P03" -> unavailable();
            default -> state.startsWith("08") ? unavailable()
                    : state.startsWith("22") ? ProblemType.BAD_REQUEST.problem("A value is out of range or malformed.")
                    : null;
        };
    }

    private static boolean isPoolConnectionFailure(Throwable cause) {
        String message = cause.getMessage();
        return message != null && (message.startsWith("Connection refused") || message.contains("Failed to connect"));
    }
}
