package io.pulse.messaging.common.api;

import java.util.function.Function;

import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keyset pages of a user's rows on the SQL client, newest first ({@code created_at desc, id desc}), the cursor being the
 * last row's creation time and id. A repository gives two constant statements: the first page's, ending with
 * {@link #order} (its last parameter is the limit), and the later pages', the same with {@link #after} before the order
 * (two more parameters after the limit: the cursor's time and id).
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** The keyset condition of a later page, on the two parameters after the limit; {@code n} is the limit's number. */
    public static String after(int n) {
        return " and (created_at, id) < ($" + (n + 1) + "::timestamptz, $" + (n + 2) + "::uuid)";
    }

    /** The order and limit that end both statements; {@code n} is the limit's number. */
    public static String order(int n) {
        return " order by created_at desc, id desc limit $" + n;
    }

    /**
     * One page: {@code arguments} are the statements' parameters up to the limit, which is added here (one more row than
     * the page holds, to know whether another follows), then the cursor's; {@code key} gives a row's cursor
     * ({@code Cursor.of(createdAt, id)}).
     */
    public static <T> Uni<Page<T>> page(SqlScope scope, String first, String later, Tuple arguments, PageParams page,
                                        Function<Row, T> mapper, Function<T, Cursor> key) {
        arguments.addInteger(page.limit() + 1);
        String sql = first;
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            arguments.addOffsetDateTime(cursor.timestamp(0)).addUUID(cursor.uuid(1));
            sql = later;
        }
        return scope.query(sql, arguments).map(rows -> Page.of(Rows.all(rows, mapper), page.limit(), key));
    }
}
