package io.pulse.messaging.common.error;

/**
 * A failure that happened while talking to the database, marked as such where the SQL client does not say it: a
 * statement on the reactive SQL client whose socket breaks fails with a bare {@link java.io.IOException}, which
 * {@link DatabaseErrors} answers 503 only when it knows the database was on the other end.
 */
public final class DatabaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseFailure(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
