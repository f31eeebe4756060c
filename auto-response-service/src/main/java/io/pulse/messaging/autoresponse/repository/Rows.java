package io.pulse.messaging.autoresponse.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** A result's rows mapped by a repository's row mapper: all of them, or the first. */
final class Rows {

    private Rows() {
    }

    static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> read = new ArrayList<>(rows.size());
        rows.forEach(row -> read.add(mapper.apply(row)));
        return read;
    }

    /** The first row mapped, or null when there is none. */
    static <T> T first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? null : mapper.apply(rows.iterator().next());
    }
}
