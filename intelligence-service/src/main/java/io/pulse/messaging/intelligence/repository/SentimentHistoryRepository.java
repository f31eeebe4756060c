package io.pulse.messaging.intelligence.repository;

import static io.pulse.messaging.intelligence.repository.ArrayBinding.column;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.intelligence.engine.FollowUpHint;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The per-message sentiment history ({@code sentiment_history}), on the reactive SQL client inside the scope's
 * transaction: each statement one prepared statement limited to the scope's user ({@code user_id = $1}), row-level
 * security behind it.
 */
@Singleton
public class SentimentHistoryRepository {

    /** One analysed message to append. */
    public record NewEntry(String messageId, String senderId, String senderName, OffsetDateTime sentAt, String replyTo,
            String label, double score, double confidence, String signalsJson, int words, boolean question, boolean request,
            boolean acknowledgement, boolean closing, String excerpt, String reason, FollowUpHint hint) {
    }

    /** One bucket of the aggregated series. */
    public record Bucket(OffsetDateTime start, long messages, double averageScore, double minScore, double maxScore,
            long positive, long neutral, long negative, long mixed) {
    }

    /**
     * All of an analysis's messages in one statement whatever their number: one array per column, zipped back into
     * rows by {@code unnest}. Its text never changes, so its prepared statement is reused.
     */
    private static final String INSERT = """
            insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id,
                sender_name, sent_at, reply_to, label, score, confidence, signals, words, question, request,
                acknowledgement, closing, excerpt, reason, follow_up_owner, follow_up_due, follow_up_text)
            select r.id, $1, $2, $3, r.message_id, r.sender_id, r.sender_name, r.sent_at, r.reply_to, r.label, r.score,
                   r.confidence, r.signals::jsonb, r.words, r.question, r.request, r.acknowledgement, r.closing, r.excerpt,
                   r.reason, r.follow_up_owner, r.follow_up_due, r.follow_up_text
              from unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[], $10::text[],
                          $11::float8[], $12::float8[], $13::text[], $14::int4[], $15::bool[], $16::bool[], $17::bool[],
                          $18::bool[], $19::text[], $20::text[], $21::text[], $22::date[], $23::text[])
                   as r(id, message_id, sender_id, sender_name, sent_at, reply_to, label, score, confidence, signals,
                        words, question, request, acknowledgement, closing, excerpt, reason, follow_up_owner,
                        follow_up_due, follow_up_text)
            on conflict (user_id, conversation_id, message_id) do nothing""";

    /** The latest messages, newest first (read backwards along the (user, conversation, sent_at) index). */
    private static final String LATEST = """
            select conversation_id, message_id, sender_id, sender_name, sent_at, reply_to, label, score, confidence,
                   signals::text, words, question, request, acknowledgement, closing, excerpt, reason, follow_up_owner,
                   follow_up_due, follow_up_text
              from intelligence.sentiment_history
             where user_id = $1 and conversation_id = $2
             order by sent_at desc, message_id desc limit $3""";

    private static final String KNOWN = """
            select message_id from intelligence.sentiment_history
             where user_id = $1 and conversation_id = $2 and message_id = any ($3::text[])""";

    private static final String BUCKETS = """
            select date_trunc('%s', sent_at at time zone 'UTC') as start, count(*), avg(score), min(score), max(score),
                   count(*) filter (where label = 'positive'), count(*) filter (where label = 'neutral'),
                   count(*) filter (where label = 'negative'), count(*) filter (where label = 'mixed')
              from intelligence.sentiment_history
             where user_id = $1 and conversation_id = $2 and sent_at >= $3 and sent_at < $4
             group by 1 order by 1""";
    private static final String HOURS = BUCKETS.formatted("hour");
    private static final String DAYS = BUCKETS.formatted("day");

    private final Clock clock;

    public SentimentHistoryRepository(Clock clock) {
        this.clock = clock;
    }

    /**
     * The conversation's latest {@code limit} analysed messages, oldest first: what an insight covers, read backwards
     * along the (user, conversation, sent_at) index however long the history is.
     */
    public Uni<List<SentimentHistoryEntry>> latest(SqlScope scope, UUID conversationId, int limit) {
        return scope.query(LATEST, Tuple.of(scope.userId(), conversationId, limit)).map(rows -> {
            List<SentimentHistoryEntry> chronological = new ArrayList<>(rows.size());
            rows.forEach(row -> chronological.add(entry(row)));
            Collections.reverse(chronological);
            return chronological;
        });
    }

    /** Which of {@code messageIds} the conversation has analysed before: looked up by id, not by reading the history. */
    public Uni<List<String>> knownAmong(SqlScope scope, UUID conversationId, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return scope.query(KNOWN, Tuple.of(scope.userId(), conversationId, messageIds.toArray(String[]::new))).map(rows -> {
            List<String> known = new ArrayList<>(rows.size());
            rows.forEach(row -> known.add(row.getString(0)));
            return known;
        });
    }

    /**
     * Appends the entries in one statement; an entry whose message is already recorded is skipped (idempotent by
     * message id).
     *
     * @return how many rows were inserted
     */
    public Uni<Integer> append(SqlScope scope, UUID conversationId, OffsetDateTime now, List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Tuple values = Tuple.from(Arrays.asList(scope.userId(), now, conversationId,
                ArrayBinding.newIds(entries.size(), clock),
                column(entries, NewEntry::messageId, String[]::new),
                column(entries, NewEntry::senderId, String[]::new),
                column(entries, NewEntry::senderName, String[]::new),
                column(entries, NewEntry::sentAt, OffsetDateTime[]::new),
                column(entries, NewEntry::replyTo, String[]::new),
                column(entries, NewEntry::label, String[]::new),
                column(entries, NewEntry::score, Double[]::new),
                column(entries, NewEntry::confidence, Double[]::new),
                column(entries, NewEntry::signalsJson, String[]::new),
                column(entries, NewEntry::words, Integer[]::new),
                column(entries, NewEntry::question, Boolean[]::new),
                column(entries, NewEntry::request, Boolean[]::new),
                column(entries, NewEntry::acknowledgement, Boolean[]::new),
                column(entries, NewEntry::closing, Boolean[]::new),
                column(entries, NewEntry::excerpt, String[]::new),
                column(entries, NewEntry::reason, String[]::new),
                column(entries, e -> e.hint() == null ? null : e.hint().owner(), String[]::new),
                column(entries, e -> e.hint() == null ? null : e.hint().due(), LocalDate[]::new),
                column(entries, e -> e.hint() == null ? null : e.hint().suggestedText(), String[]::new)));
        return scope.query(INSERT, values).map(rows -> rows.rowCount());
    }

    /** The conversation's sentiment in {@code [from, to)} aggregated by hour or day (UTC), oldest first. */
    public Uni<List<Bucket>> buckets(SqlScope scope, UUID conversationId, String bucket, OffsetDateTime from, OffsetDateTime to) {
        String sql = bucket.equals("hour") ? HOURS : DAYS;
        return scope.query(sql, Tuple.of(scope.userId(), conversationId, from, to)).map(rows -> {
            List<Bucket> buckets = new ArrayList<>(rows.size());
            rows.forEach(row -> buckets.add(bucket(row)));
            return buckets;
        });
    }

    private static SentimentHistoryEntry entry(Row r) {
        return new SentimentHistoryEntry(r.getUUID(0), r.getString(1), r.getString(2), r.getString(3), r.getOffsetDateTime(4),
                r.getString(5), r.getString(6), r.getDouble(7), r.getDouble(8), r.getString(9), r.getInteger(10),
                r.getBoolean(11), r.getBoolean(12), r.getBoolean(13), r.getBoolean(14), r.getString(15), r.getString(16),
                r.getString(17), r.getLocalDate(18), r.getString(19));
    }

    private static Bucket bucket(Row row) {
        return new Bucket(row.getLocalDateTime(0).atOffset(ZoneOffset.UTC), row.getLong(1), round(row.getDouble(2)),
                row.getDouble(3), row.getDouble(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
