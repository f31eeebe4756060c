package io.pulse.messaging.intelligence.repository;

import static io.pulse.messaging.intelligence.repository.ArrayBinding.column;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.intelligence.engine.FollowUpHint;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.smallrye.mutiny.Uni;

@Singleton
public class SentimentHistoryRepository extends OwnedRepository<SentimentHistoryEntry> {

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
     * rows by {@code unnest}. The statement has 23 parameters rather than 23 per row (Hibernate resolves a type and
     * builds a binding for each parameter), and its text never changes, so Hibernate's and PostgreSQL's prepared plans
     * are reused.
     */
    private static final String INSERT = """
            insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id,
                sender_name, sent_at, reply_to, label, score, confidence, signals, words, question, request,
                acknowledgement, closing, excerpt, reason, follow_up_owner, follow_up_due, follow_up_text)
            select r.id, cast(?1 as uuid), cast(?2 as timestamptz), cast(?3 as uuid), r.message_id, r.sender_id,
                   r.sender_name, cast(r.sent_at as timestamptz), r.reply_to, r.label, r.score, r.confidence,
                   cast(r.signals as jsonb), r.words, r.question, r.request, r.acknowledgement, r.closing, r.excerpt,
                   r.reason, r.follow_up_owner, cast(r.follow_up_due as date), r.follow_up_text
              from unnest(cast(?4 as uuid[]), cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]),
                          cast(?8 as text[]), cast(?9 as text[]), cast(?10 as text[]), cast(?11 as float8[]),
                          cast(?12 as float8[]), cast(?13 as text[]), cast(?14 as int4[]), cast(?15 as bool[]),
                          cast(?16 as bool[]), cast(?17 as bool[]), cast(?18 as bool[]), cast(?19 as text[]),
                          cast(?20 as text[]), cast(?21 as text[]), cast(?22 as text[]), cast(?23 as text[]))
                   as r(id, message_id, sender_id, sender_name, sent_at, reply_to, label, score, confidence, signals,
                        words, question, request, acknowledgement, closing, excerpt, reason, follow_up_owner,
                        follow_up_due, follow_up_text)
            on conflict (user_id, conversation_id, message_id) do nothing""";

    private final Clock clock;

    public SentimentHistoryRepository(Clock clock) {
        super(SentimentHistoryEntry.class, clock);
        this.clock = clock;
    }

    /**
     * The conversation's latest {@code limit} analysed messages, oldest first: what an insight covers, read backwards
     * along the (user, conversation, sent_at) index however long the history is.
     */
    public Uni<List<SentimentHistoryEntry>> latest(UserScope scope, UUID conversationId, int limit) {
        return scope.session().createSelectionQuery("from SentimentHistoryEntry where userId = :owner and conversationId = :conversation"
                        + " order by sentAt desc, messageId desc", SentimentHistoryEntry.class)
                .setParameter("owner", scope.userId())
                .setParameter("conversation", conversationId)
                .setMaxResults(limit)
                // never changed: read-only entities are not snapshotted nor dirty-checked at a flush
                .setReadOnly(true)
                .getResultList()
                .map(rows -> {
                    List<SentimentHistoryEntry> chronological = new ArrayList<>(rows);
                    Collections.reverse(chronological);
                    return chronological;
                });
    }

    /** Which of {@code messageIds} the conversation has analysed before: looked up by id, not by reading the history. */
    public Uni<List<String>> knownAmong(UserScope scope, UUID conversationId, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return scope.session().createNativeQuery("""
                select message_id from intelligence.sentiment_history
                 where user_id = ?1 and conversation_id = ?2 and message_id = any (cast(?3 as text[]))""", String.class)
                .setParameter(1, scope.userId())
                .setParameter(2, conversationId)
                .setParameter(3, messageIds.toArray(String[]::new))
                .getResultList();
    }

    /**
     * Appends the entries in one statement; an entry whose message is already recorded is skipped (idempotent by
     * message id).
     *
     * @return how many rows were inserted
     */
    public Uni<Integer> append(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return scope.session().createNativeQuery(INSERT)
                .setParameter(1, scope.userId())
                .setParameter(2, now)
                .setParameter(3, conversationId)
                .setParameter(4, ArrayBinding.newIds(entries.size(), clock))
                .setParameter(5, column(entries, NewEntry::messageId, String[]::new))
                .setParameter(6, column(entries, NewEntry::senderId, String[]::new))
                .setParameter(7, column(entries, NewEntry::senderName, String[]::new))
                .setParameter(8, column(entries, e -> ArrayBinding.timestamp(e.sentAt()), String[]::new))
                .setParameter(9, column(entries, NewEntry::replyTo, String[]::new))
                .setParameter(10, column(entries, NewEntry::label, String[]::new))
                .setParameter(11, column(entries, NewEntry::score, Double[]::new))
                .setParameter(12, column(entries, NewEntry::confidence, Double[]::new))
                .setParameter(13, column(entries, NewEntry::signalsJson, String[]::new))
                .setParameter(14, column(entries, NewEntry::words, Integer[]::new))
                .setParameter(15, column(entries, NewEntry::question, Boolean[]::new))
                .setParameter(16, column(entries, NewEntry::request, Boolean[]::new))
                .setParameter(17, column(entries, NewEntry::acknowledgement, Boolean[]::new))
                .setParameter(18, column(entries, NewEntry::closing, Boolean[]::new))
                .setParameter(19, column(entries, NewEntry::excerpt, String[]::new))
                .setParameter(20, column(entries, NewEntry::reason, String[]::new))
                .setParameter(21, column(entries, e -> e.hint() == null ? null : e.hint().owner(), String[]::new))
                .setParameter(22, column(entries, e -> e.hint() == null || e.hint().due() == null ? null
                        : e.hint().due().toString(), String[]::new))
                .setParameter(23, column(entries, e -> e.hint() == null ? null : e.hint().suggestedText(), String[]::new))
                .executeUpdate();
    }

    /** The conversation's sentiment in {@code [from, to)} aggregated by hour or day (UTC), oldest first. */
    public Uni<List<Bucket>> buckets(UserScope scope, UUID conversationId, String bucket, OffsetDateTime from, OffsetDateTime to) {
        String unit = bucket.equals("hour") ? "hour" : "day";
        return scope.session().<Object[]>createNativeQuery("""
                select date_trunc('%s', sent_at at time zone 'UTC') as start, count(*), avg(score), min(score), max(score),
                       count(*) filter (where label = 'positive'), count(*) filter (where label = 'neutral'),
                       count(*) filter (where label = 'negative'), count(*) filter (where label = 'mixed')
                  from intelligence.sentiment_history
                 where user_id = ?1 and conversation_id = ?2 and sent_at >= ?3 and sent_at < ?4
                 group by 1 order by 1""".formatted(unit))
                .setParameter(1, scope.userId())
                .setParameter(2, conversationId)
                .setParameter(3, from)
                .setParameter(4, to)
                .getResultList()
                .map(rows -> rows.stream().map(SentimentHistoryRepository::bucket).toList());
    }

    private static Bucket bucket(Object[] row) {
        return new Bucket(NativeValues.utc(row[0]), ((Number) row[1]).longValue(), round(((Number) row[2]).doubleValue()),
                ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
