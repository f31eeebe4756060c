package io.pulse.messaging.common.lifecycle;

import java.time.Duration;

/**
 * How long one kind of row is kept: {@code kind} names a case of the service's SQL function
 * {@code retention_batch(kind, older_than, batch_size)} (for example {@code auto_response_log}), which removes the rows
 * whose time is before {@code older_than} = now - {@code keep}. For rows that carry their own expiry (a cache entry's
 * {@code expires_at}) the function compares that expiry, and {@code keep} is zero: {@link #expired}.
 */
public record Retention(String kind, Duration keep) {

    public Retention {
        if (!kind.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a retention kind: " + kind);
        }
        if (keep.isNegative()) {
            throw new IllegalArgumentException("The retention of " + kind + " cannot be negative: " + keep);
        }
    }

    /** Rows that carry their own expiry time: removed once it has passed. */
    public static Retention expired(String kind) {
        return new Retention(kind, Duration.ZERO);
    }
}
