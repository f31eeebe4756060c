package io.pulse.messaging.autoresponse.repository;

import java.util.function.Function;

import io.pulse.messaging.autoresponse.model.OwnedRow;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keyset pages of a user's rows, newest first ({@code created_at desc, id desc}), the cursor being the last row's
 * creation time and id. A repository gives two constant statements: the first page's, whose last parameter is the
 * limit, and the later pages', the same with two more parameters after it (the cursor's time and id) and the condition
 * {@link #after} on them.
 */
final class NewestFirst {

    /** The keyset condition of a later page, on the two parameters after the limit; {@code n} is the limit's number. */
    static String after(int n) {
        return " and (created_at, id) < ($" + (n + 1) + "::timestamptz, $" + (n + 2) + "::uuid)";
    }

    /** The order and limit that end both statements; {@code n} is the limit's number. */
    static String order(int n) {
        return " order by created_at desc, id desc limit $" + n;
    }

    private NewestFirst() {
    }

    /**
     * One page: {@code arguments} are the statements' parameters up to the limit, which is added here (one more row than the
     * page holds, to know whether another follows), then the cursor's.
     */
    static <T extends OwnedRow> Uni<Page<T>> page(SqlScope scope, String first, String later, Tuple arguments, PageParams page,
                                                 Function<Row, T> mapper) {
        arguments.addInteger(page.limit() + 1);
        String sql = first;
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            arguments.addOffsetDateTime(cursor.timestamp(0)).addUUID(cursor.uuid(1));
            sql = later;
        }
        return scope.query(sql, arguments)
                .map(rows -> Page.of(Rows.all(rows, mapper), page.limit(), r -> Cursor.of(r.getCreatedAt(), r.getId())));
    }
}
