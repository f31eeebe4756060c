package io.pulse.messaging.intelligence.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The overview's list: one statement over conversation_intelligence, the owner's rows only (and row-level security),
 * filtered, in the order of one index ({@link OverviewSort}), after the previous page's last (key, id) as a row
 * comparison the index bounds.
 */
@Singleton
public class ConversationListRepository {

    /** One conversation of the list, as stored. */
    public record Row(UUID id, UUID conversationId, String title, String channel, OffsetDateTime lastMessageAt, int messageCount,
            String sentimentLabel, double sentimentScore, String sentimentTrend, double sentimentDelta, int openFollowUps,
            OffsetDateTime oldestOpenFollowUpAt) {

        /** This row's value of the sort's key, as the cursor keeps it. */
        public Object key(OverviewSort sort) {
            return switch (sort) {
                case LAST_ACTIVITY -> lastMessageAt;
                case SENTIMENT -> sentimentScore;
                case TREND -> sentimentDelta;
                case OPEN_FOLLOW_UPS -> openFollowUps;
            };
        }
    }

    /** A statement and its positional parameters ($1, $2, ...). */
    public record Statement(String sql, List<Object> parameters) {
    }

    /** The page's rows, {@code query.limit() + 1} at most (the extra one tells that a next page exists). */
    public Uni<List<Row>> page(SqlScope scope, OverviewQuery query) {
        Statement statement = statement(scope.userId(), query);
        return scope.query(statement.sql(), Tuple.from(statement.parameters())).map(rows -> {
            List<Row> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(row(row)));
            return found;
        });
    }

    /** The list's SQL for {@code user} (public so that a test can EXPLAIN exactly what runs). */
    public static Statement statement(UUID user, OverviewQuery query) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(user);
        StringBuilder sql = new StringBuilder("""
                select id, conversation_id, title, channel, last_message_at, message_count, sentiment_label, sentiment_score,
                       sentiment_trend, sentiment_delta, open_follow_ups, oldest_open_follow_up_at
                  from intelligence.conversation_intelligence
                 where user_id = $1 and message_count > 0 and last_message_at is not null""");
        anyOf(sql, parameters, "sentiment_label", query.sentiments());
        anyOf(sql, parameters, "sentiment_trend", query.trends());
        anyOf(sql, parameters, "channel", query.channels());
        if (query.since() != null) {
            parameters.add(query.since());
            sql.append(" and last_message_at >= $").append(parameters.size());
        }
        if (query.openFollowUps() != null) {
            sql.append(query.openFollowUps() ? " and open_follow_ups > 0" : " and open_follow_ups = 0");
        }
        if (query.titleContains() != null) {
            parameters.add(query.titleContains());
            sql.append(" and strpos(lower(title), $").append(parameters.size()).append(") > 0");
        }
        String column = query.sort().column();
        String direction = query.descending() ? "desc" : "asc";
        if (query.after() != null) {
            parameters.add(query.after().key());
            parameters.add(query.after().id());
            sql.append(" and (").append(column).append(", id) ").append(query.descending() ? "<" : ">")
                    .append(" (cast($").append(parameters.size() - 1).append(" as ").append(type(query.sort()))
                    .append("), cast($").append(parameters.size()).append(" as uuid))");
        }
        parameters.add(query.limit() + 1);
        sql.append(" order by ").append(column).append(' ').append(direction).append(", id ").append(direction)
                .append(" limit $").append(parameters.size());
        return new Statement(sql.toString(), List.copyOf(parameters));
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parameters.add(values.toArray(String[]::new));
            sql.append(" and ").append(column).append(" = any (cast($").append(parameters.size()).append(" as text[]))");
        }
    }

    private static String type(OverviewSort sort) {
        return switch (sort) {
            case LAST_ACTIVITY -> "timestamptz";
            case SENTIMENT, TREND -> "float8";
            case OPEN_FOLLOW_UPS -> "int4";
        };
    }

    private static Row row(io.vertx.mutiny.sqlclient.Row r) {
        return new Row(r.getUUID(0), r.getUUID(1), r.getString(2), r.getString(3), r.getOffsetDateTime(4), r.getInteger(5),
                r.getString(6), r.getDouble(7), r.getString(8), r.getDouble(9), r.getInteger(10), r.getOffsetDateTime(11));
    }
}
