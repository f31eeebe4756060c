package io.pulse.messaging.intelligence.repository;

import static io.pulse.messaging.intelligence.repository.ArrayBinding.column;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.smallrye.mutiny.Uni;

@Singleton
public class TopicDetectionRepository extends OwnedRepository<TopicDetectionEntry> {

    /** One detection to append. */
    public record NewDetection(String messageId, OffsetDateTime sentAt, String topic, String source, double confidence,
            String keywordsJson) {
    }

    /** All of an analysis's detections in one statement: one array per column, zipped back into rows by {@code unnest}. */
    private static final String INSERT = """
            insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id,
                sent_at, topic, source, confidence, keywords)
            select r.id, cast(?1 as uuid), cast(?2 as timestamptz), cast(?3 as uuid), r.message_id,
                   cast(r.sent_at as timestamptz), r.topic, r.source, r.confidence, cast(r.keywords as jsonb)
              from unnest(cast(?4 as uuid[]), cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]),
                          cast(?8 as text[]), cast(?9 as float8[]), cast(?10 as text[]))
                   as r(id, message_id, sent_at, topic, source, confidence, keywords)
            on conflict (user_id, conversation_id, message_id, topic) do nothing""";

    private final Clock clock;

    public TopicDetectionRepository(Clock clock) {
        super(TopicDetectionEntry.class, clock);
        this.clock = clock;
    }

    /**
     * The detections of the conversation's messages sent at or after {@code from}, oldest first: those of the messages an
     * insight covers (from the oldest of them on), read along the (user, conversation, sent_at) index.
     */
    public Uni<List<TopicDetectionEntry>> sentSince(UserScope scope, UUID conversationId, OffsetDateTime from) {
        return select(scope, "conversationId = :conversation and sentAt >= :from", Map.of("conversation", conversationId, "from", from))
                // never changed: read-only entities are not snapshotted nor dirty-checked at a flush
                .setReadOnly(true)
                .getResultList()
                .map(rows -> rows.stream().sorted(Comparator.comparing(TopicDetectionEntry::getSentAt)
                        .thenComparing(TopicDetectionEntry::getMessageId).thenComparing(TopicDetectionEntry::getTopic)).toList());
    }

    /** One topic's detections in a time range, aggregated; {@code messageIdsJson} is a JSON array of the first ids. */
    public record Total(String topic, String source, long detections, double averageConfidence, double maxConfidence,
            OffsetDateTime firstSeen, OffsetDateTime lastSeen, String messageIdsJson) {
    }

    /**
     * The conversation's detections with {@code from <= sentAt < to}, aggregated by topic in the database (however many
     * there are, the answer is one row per topic): most detected first, then most confident, each with the ids of its
     * first {@code messageIds} messages in the order they were sent.
     */
    public Uni<List<Total>> totals(UserScope scope, UUID conversationId, OffsetDateTime from, OffsetDateTime to, int messageIds) {
        return scope.session().<Object[]>createNativeQuery("""
                select topic, source, count(*), avg(confidence), max(confidence), min(sent_at), max(sent_at),
                       cast(to_jsonb((array_agg(message_id order by sent_at, message_id))[1:?5]) as text)
                  from intelligence.topic_detection_history
                 where user_id = ?1 and conversation_id = ?2 and sent_at >= ?3 and sent_at < ?4
                 group by topic, source
                 order by count(*) desc, max(confidence) desc, min(sent_at), topic""")
                .setParameter(1, scope.userId())
                .setParameter(2, conversationId)
                .setParameter(3, from)
                .setParameter(4, to)
                .setParameter(5, messageIds)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new Total((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                        ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(), NativeValues.utc(row[5]),
                        NativeValues.utc(row[6]), (String) row[7])).toList());
    }

    /** Appends the detections in one statement; one already recorded for the message and topic is skipped. */
    public Uni<Integer> append(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewDetection> detections) {
        if (detections.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return scope.session().createNativeQuery(INSERT)
                .setParameter(1, scope.userId())
                .setParameter(2, now)
                .setParameter(3, conversationId)
                .setParameter(4, ArrayBinding.newIds(detections.size(), clock))
                .setParameter(5, column(detections, NewDetection::messageId, String[]::new))
                .setParameter(6, column(detections, d -> ArrayBinding.timestamp(d.sentAt()), String[]::new))
                .setParameter(7, column(detections, NewDetection::topic, String[]::new))
                .setParameter(8, column(detections, NewDetection::source, String[]::new))
                .setParameter(9, column(detections, NewDetection::confidence, Double[]::new))
                .setParameter(10, column(detections, NewDetection::keywordsJson, String[]::new))
                .executeUpdate();
    }
}
