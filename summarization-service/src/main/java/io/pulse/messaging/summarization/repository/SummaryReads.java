package io.pulse.messaging.summarization.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.summarization.model.CachedSummary;
import io.pulse.messaging.summarization.model.SummaryType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The reads of stored summaries, on the reactive SQL client: a cache hit (whose answer this replica wrote lately)
 * and the GET of one summary are each one prepared statement (after the user binding), a page of the list one per
 * combination of filters; their rows mapped straight to values, the content parsed once from the JSON text PostgreSQL
 * holds; no session, query plan or managed entity. Limited to the scope's user
 * ({@code user_id = $1}) like every query of the service, row-level security behind it.
 */
@Singleton
public class SummaryReads {

    private static final String COLUMNS = "select s.id, s.conversation_id, s.summary_type, s.summary_date, s.time_zone, s.engine,"
            + " s.fallback_reason, s.created_at, s.expires_at, s.content::text from summarization.conversation_summaries s";

    /** The id of the live summary a live cache entry of the key points to: $1 user, $2 key, $3 now. */
    private static final String CACHED_ID = "select s.id from summarization.conversation_summaries s where s.user_id = $1"
            + " and s.expires_at > $3 and s.id in (select c.summary_id from summarization.summary_cache c where c.user_id = $1"
            + " and c.cache_key = $2 and c.expires_at > $3) limit 1";

    /** The live summary with this id: $1 user, $2 id, $3 now. */
    private static final String LIVE = COLUMNS + " where s.user_id = $1 and s.id = $2 and s.expires_at > $3";

    /**
     * The id of the scope user's live summary that a live cache entry with this key points to (then {@link #live} reads it,
     * unless its answer is written already); null when there is none.
     */
    public Uni<UUID> cachedId(SqlScope scope, String key, OffsetDateTime now) {
        return scope.query(CACHED_ID, Tuple.of(scope.userId(), key, now)).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? iterator.next().getUUID(0) : null;
        });
    }

    /** The scope user's summary with this id, unless it has expired by {@code now}; null otherwise. */
    public Uni<CachedSummary> live(SqlScope scope, UUID id, OffsetDateTime now) {
        return scope.query(LIVE, Tuple.of(scope.userId(), id, now)).map(SummaryReads::first);
    }

    /**
     * The scope user's summaries matching the filter that are live at {@code now}, newest first, one keyset page at a time
     * (the cursor: creation time and id of the page's last summary). One statement per combination of filters.
     */
    public Uni<Page<CachedSummary>> list(SqlScope scope, SummaryRepository.Filter filter, OffsetDateTime now, PageParams page) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where s.user_id = $1 and s.expires_at > $2");
        List<Object> values = new ArrayList<>(List.of(scope.userId(), now));
        where(sql, values, " and s.conversation_id = $", filter.conversationId());
        where(sql, values, " and s.summary_type = $", filter.type() == null ? null : filter.type().value());
        where(sql, values, " and s.created_at >= $", filter.createdFrom());
        where(sql, values, " and s.created_at < $", filter.createdBefore());
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            values.add(cursor.timestamp(0));
            values.add(cursor.uuid(1));
            int at = values.size() - 1;
            sql.append(" and (s.created_at < $").append(at).append(" or (s.created_at = $").append(at)
                    .append(" and s.id < $").append(at + 1).append("))");
        }
        values.add(page.limit() + 1);
        sql.append(" order by s.created_at desc, s.id desc limit $").append(values.size());
        return scope.query(sql.toString(), Tuple.from(values)).map(rows -> {
            List<CachedSummary> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(summary(row)));
            return Page.of(found, page.limit(), s -> Cursor.of(s.createdAt(), s.id()));
        });
    }

    /** Adds {@code condition} (ending in {@code $}) with the next parameter, unless {@code value} is null. */
    private static void where(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            values.add(value);
            sql.append(condition).append(values.size());
        }
    }

    private static CachedSummary first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? summary(iterator.next()) : null;
    }

    private static CachedSummary summary(Row row) {
        return new CachedSummary(row.getUUID(0), row.getUUID(1), SummaryType.of(row.getString(2)), row.getLocalDate(3),
                row.getString(4), row.getString(5), row.getString(6), row.getOffsetDateTime(7), row.getOffsetDateTime(8),
                ContentJson.read(row.getString(9)));
    }

}
