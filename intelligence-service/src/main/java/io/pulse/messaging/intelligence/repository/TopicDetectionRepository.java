package io.pulse.messaging.intelligence.repository;

import static io.pulse.messaging.intelligence.repository.ArrayBinding.column;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
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

    public Uni<List<TopicDetectionEntry>> forConversation(UserScope scope, UUID conversationId) {
        return select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
                // never changed: read-only entities are not snapshotted nor dirty-checked at the analysis's flush
                .setReadOnly(true)
                .getResultList()
                .map(TopicDetectionRepository::chronological);
    }

    /** Detections of the conversation with {@code from <= sentAt < to}, oldest first. */
    public Uni<List<TopicDetectionEntry>> between(UserScope scope, UUID conversationId, OffsetDateTime from, OffsetDateTime to) {
        return select(scope, "conversationId = :conversation and sentAt >= :from and sentAt < :to",
                Map.of("conversation", conversationId, "from", from, "to", to))
                .getResultList()
                .map(TopicDetectionRepository::chronological);
    }

    private static List<TopicDetectionEntry> chronological(List<TopicDetectionEntry> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(TopicDetectionEntry::getSentAt)
                .thenComparing(TopicDetectionEntry::getMessageId)).toList();
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
