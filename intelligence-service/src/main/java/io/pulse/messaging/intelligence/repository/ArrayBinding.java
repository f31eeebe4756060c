package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.pulse.messaging.common.ownership.Ids;

/** What the multi-row inserts need: each column of their rows bound as one array parameter of an {@code unnest}. */
final class ArrayBinding {

    private ArrayBinding() {
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
