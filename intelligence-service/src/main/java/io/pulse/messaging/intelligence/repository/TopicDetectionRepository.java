package io.pulse.messaging.intelligence.repository;

import static io.pulse.messaging.intelligence.repository.ArrayBinding.column;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The per-message topic history ({@code topic_detection_history}), on the reactive SQL client inside the scope's
 * transaction: each statement one prepared statement limited to the scope's user ({@code user_id = $1}), row-level
 * security behind it.
 */
@Singleton
public class TopicDetectionRepository {

    /** One detection to append. */
    public record NewDetection(String messageId, OffsetDateTime sentAt, String topic, String source, double confidence,
            String keywordsJson) {
    }

    /** One topic's detections in a time range, aggregated; {@code messageIdsJson} is a JSON array of the first ids. */
    public record Total(String topic, String source, long detections, double averageConfidence, double maxConfidence,
            OffsetDateTime firstSeen, OffsetDateTime lastSeen, String messageIdsJson) {
    }

    /** All of an analysis's detections in one statement: one array per column, zipped back into rows by {@code unnest}. */
    private static final String INSERT = """
            insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id,
                sent_at, topic, source, confidence, keywords)
            select r.id, $1, $2, $3, r.message_id, r.sent_at, r.topic, r.source, r.confidence, r.keywords::jsonb
              from unnest($4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::float8[], $10::text[])
                   as r(id, message_id, sent_at, topic, source, confidence, keywords)
            on conflict (user_id, conversation_id, message_id, topic) do nothing""";

    private static final String SENT_SINCE = """
            select conversation_id, message_id, sent_at, topic, source, confidence, keywords::text
              from intelligence.topic_detection_history
             where user_id = $1 and conversation_id = $2 and sent_at >= $3""";

    /** The order the insight reads detections in (sorted here: Java's order of the texts, not the database's collation). */
    private static final Comparator<TopicDetectionEntry> SENT_ORDER = Comparator.comparing(TopicDetectionEntry::sentAt)
            .thenComparing(TopicDetectionEntry::messageId).thenComparing(TopicDetectionEntry::topic);

    private static final String TOTALS = """
            select topic, source, count(*), avg(confidence), max(confidence), min(sent_at), max(sent_at),
                   to_jsonb((array_agg(message_id order by sent_at, message_id))[1:$5])::text
              from intelligence.topic_detection_history
             where user_id = $1 and conversation_id = $2 and sent_at >= $3 and sent_at < $4
             group by topic, source
             order by count(*) desc, max(confidence) desc, min(sent_at), topic""";

    private final Clock clock;

    public TopicDetectionRepository(Clock clock) {
        this.clock = clock;
    }

    /**
     * The detections of the conversation's messages sent at or after {@code from}, oldest first: those of the messages an
     * insight covers (from the oldest of them on), read along the (user, conversation, sent_at) index.
     */
    public Uni<List<TopicDetectionEntry>> sentSince(SqlScope scope, UUID conversationId, OffsetDateTime from) {
        return scope.query(SENT_SINCE, Tuple.of(scope.userId(), conversationId, from)).map(rows -> {
            List<TopicDetectionEntry> found = new ArrayList<>(rows.size());
            rows.forEach(r -> found.add(new TopicDetectionEntry(r.getUUID(0), r.getString(1), r.getOffsetDateTime(2),
                    r.getString(3), r.getString(4), r.getDouble(5), r.getString(6))));
            found.sort(SENT_ORDER);
            return found;
        });
    }

    /**
     * The conversation's detections with {@code from <= sentAt < to}, aggregated by topic in the database (however many
     * there are, the answer is one row per topic): most detected first, then most confident, each with the ids of its
     * first {@code messageIds} messages in the order they were sent.
     */
    public Uni<List<Total>> totals(SqlScope scope, UUID conversationId, OffsetDateTime from, OffsetDateTime to, int messageIds) {
        return scope.query(TOTALS, Tuple.of(scope.userId(), conversationId, from, to, messageIds)).map(rows -> {
            List<Total> totals = new ArrayList<>(rows.size());
            rows.forEach(r -> totals.add(new Total(r.getString(0), r.getString(1), r.getLong(2), r.getDouble(3), r.getDouble(4),
                    r.getOffsetDateTime(5), r.getOffsetDateTime(6), r.getString(7))));
            return totals;
        });
    }

    /** Appends the detections in one statement; one already recorded for the message and topic is skipped. */
    public Uni<Integer> append(SqlScope scope, UUID conversationId, OffsetDateTime now, List<NewDetection> detections) {
        if (detections.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Tuple values = Tuple.from(List.of(scope.userId(), now, conversationId, ArrayBinding.newIds(detections.size(), clock),
                column(detections, NewDetection::messageId, String[]::new),
                column(detections, NewDetection::sentAt, OffsetDateTime[]::new),
                column(detections, NewDetection::topic, String[]::new),
                column(detections, NewDetection::source, String[]::new),
                column(detections, NewDetection::confidence, Double[]::new),
                column(detections, NewDetection::keywordsJson, String[]::new)));
        return scope.query(INSERT, values).map(rows -> rows.rowCount());
    }
}
