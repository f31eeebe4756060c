package io.pulse.messaging.intelligence.repository;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** What the multi-row inserts need to bind a column as an array that the reactive driver cannot encode directly. */
final class ArrayBinding {

    private ArrayBinding() {
    }

    /**
     * A time as PostgreSQL reads it back exactly (ISO-8601 in UTC, microseconds): Hibernate Reactive hands an
     * {@code OffsetDateTime[]} to the driver as {@code Instant[]}, which it refuses for {@code timestamptz[]}, so times
     * travel as {@code text[]} and are cast in the statement. Truncated like the driver truncates a single time.
     */
    static String timestamp(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
    }
}
