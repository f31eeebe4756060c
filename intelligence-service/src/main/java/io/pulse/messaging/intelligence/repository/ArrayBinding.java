package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.pulse.messaging.common.ownership.Ids;

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

    /** One column of {@code rows} as an array, for one parameter of an {@code unnest} insert. */
    static <R, T> T[] column(List<R> rows, Function<R, T> value, IntFunction<T[]> array) {
        T[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }

    /** {@code count} new row ids. */
    static UUID[] newIds(int count, Clock clock) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Ids.newId(clock);
        }
        return ids;
    }
}
