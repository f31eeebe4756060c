package io.pulse.messaging.common.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** A statement's rows mapped by a repository's row mapper: all of them, in order, or the first. */
public final class Rows {

    private Rows() {
    }

    public static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> mapped = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mapped.add(mapper.apply(row));
        }
        return mapped;
    }

    /** The first row mapped, or null when there is none. */
    public static <T> T first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? null : mapper.apply(rows.iterator().next());
    }
}
