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
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.smallrye.mutiny.Uni;

@Singleton
public class TopicDetectionRepository extends OwnedRepository<TopicDetectionEntry> {

    /** One detection to append. */
    public record NewDetection(String messageId, OffsetDateTime sentAt, String topic, String source, double confidence,
            String keywordsJson) {
    }

    private static final int COLUMNS = 10;
    private static final int ROWS_PER_STATEMENT = 800;

    private final Clock clock;

    public TopicDetectionRepository(Clock clock) {
        super(TopicDetectionEntry.class, clock);
        this.clock = clock;
    }

    public Uni<List<TopicDetectionEntry>> forConversation(UserScope scope, UUID conversationId) {
        return select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
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

    /** Appends the detections; one already recorded for the message and topic is skipped. */
    public Uni<Integer> append(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewDetection> detections) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int from = 0; from < detections.size(); from += ROWS_PER_STATEMENT) {
            List<NewDetection> chunk = detections.subList(from, Math.min(detections.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(count -> insert(scope, conversationId, now, chunk).map(added -> count + added));
        }
        return chain;
    }

    private Uni<Integer> insert(UserScope scope, UUID conversationId, OffsetDateTime now, List<NewDetection> chunk) {
        StringBuilder sql = new StringBuilder("""
                insert into intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id,
                    sent_at, topic, source, confidence, keywords) values """);
        List<Object> values = new ArrayList<>(chunk.size() * COLUMNS);
        for (int r = 0; r < chunk.size(); r++) {
            NewDetection d = chunk.get(r);
            int p = r * COLUMNS;
            sql.append(r == 0 ? "" : ", ").append('(');
            for (int c = 1; c <= COLUMNS; c++) {
                String placeholder = "?" + (p + c);
                sql.append(c == 1 ? "" : ", ").append(c == 10 ? "cast(cast(" + placeholder + " as text) as jsonb)" : placeholder);
            }
            sql.append(')');
            values.add(Ids.newId(clock));
            values.add(scope.userId());
            values.add(now);
            values.add(conversationId);
            values.add(d.messageId());
            values.add(d.sentAt().withOffsetSameInstant(ZoneOffset.UTC));
            values.add(d.topic());
            values.add(d.source());
            values.add(d.confidence());
            values.add(d.keywordsJson());
        }
        sql.append(" on conflict (user_id, conversation_id, message_id, topic) do nothing");
        var query = scope.session().createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.executeUpdate();
    }
}
