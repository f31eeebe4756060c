package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.smallrye.mutiny.Uni;

@Singleton
public class SentimentHistoryRepository extends OwnedRepository<SentimentHistoryEntry> {

    /** One analysed message to append. */
    public record NewEntry(String messageId, String senderId, String senderName, OffsetDateTime sentAt, String replyTo,
            String label, double score, double confidence, String signalsJson, int words, boolean question, boolean request,
            boolean acknowledgement, boolean closing, String excerpt) {
    }

    /** One bucket of the aggregated series. */
    public record Bucket(OffsetDateTime start, long messages, double averageScore, double minScore, double maxScore,
            long positive, long neutral, long negative, long mixed) {
    }

    private static final int COLUMNS = 19;
    private static final int ROWS_PER_STATEMENT = 500;

    private final Clock clock;

    public SentimentHistoryRepository(Clock clock) {
        super(SentimentHistoryEntry.class, clock);
        this.clock = clock;
    }

    /** The conversation's analysed messages, oldest first. */
    public Uni<List<SentimentHistoryEntry>> forConversation(UserScope scope, UUID conversationId) {
        return select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
                .getResultList()
                .map(rows -> rows.stream().sorted(java.util.Comparator.comparing(SentimentHistoryEntry::getSentAt)
                        .thenComparing(SentimentHistoryEntry::getMessageId)).toList());
    }

    public Uni<List<String>> knownMessageIds(UserScope scope, UUID conversationId) {
        return scope.session()
                .createSelectionQuery("select messageId from SentimentHistoryEntry where userId = :owner and conversationId = :conversation",
                        String.class)
                .setParameter("owner", scope.userId())
                .setParameter("conversation", conversationId)
                .getResultList();
    }

    /**
     * Appends the entries; an entry whose message is already recorded is skipped (idempotent by message id).
     *
     * @return how many rows were inserted
     */
    public Uni<Integer> append(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewEntry> entries) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<NewEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(count -> insert(scope, conversationId, now, chunk).map(added -> count + added));
        }
        return chain;
    }

    private Uni<Integer> insert(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewEntry> chunk) {
        StringBuilder sql = new StringBuilder("""
                insert into intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id,
                    sender_name, sent_at, reply_to, label, score, confidence, signals, words, question, request,
                    acknowledgement, closing, excerpt) values """);
        List<Object> values = new ArrayList<>(chunk.size() * COLUMNS);
        for (int r = 0; r < chunk.size(); r++) {
            NewEntry e = chunk.get(r);
            int p = r * COLUMNS;
            sql.append(r == 0 ? "" : ", ").append('(');
            for (int c = 1; c <= COLUMNS; c++) {
                String placeholder = "?" + (p + c);
                sql.append(c == 1 ? "" : ", ").append(switch (c) {
                    case 7, 9 -> "cast(" + placeholder + " as text)";
                    case 13 -> "cast(cast(" + placeholder + " as text) as jsonb)";
                    default -> placeholder;
                });
            }
            sql.append(')');
            values.add(Ids.newId(clock));
            values.add(scope.userId());
            values.add(now);
            values.add(conversationId);
            values.add(e.messageId());
            values.add(e.senderId());
            values.add(e.senderName());
            values.add(e.sentAt().withOffsetSameInstant(ZoneOffset.UTC));
            values.add(e.replyTo());
            values.add(e.label());
            values.add(e.score());
            values.add(e.confidence());
            values.add(e.signalsJson());
            values.add(e.words());
            values.add(e.question());
            values.add(e.request());
            values.add(e.acknowledgement());
            values.add(e.closing());
            values.add(e.excerpt());
        }
        sql.append(" on conflict (user_id, conversation_id, message_id) do nothing");
        var query = scope.session().createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.executeUpdate();
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
        OffsetDateTime start = row[0] instanceof java.time.LocalDateTime local ? local.atOffset(ZoneOffset.UTC)
                : row[0] instanceof OffsetDateTime offset ? offset.withOffsetSameInstant(ZoneOffset.UTC)
                : ((java.sql.Timestamp) row[0]).toLocalDateTime().atOffset(ZoneOffset.UTC);
        return new Bucket(start, ((Number) row[1]).longValue(), round(((Number) row[2]).doubleValue()),
                ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
