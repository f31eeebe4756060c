package io.pulse.messaging.intelligence.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.smallrye.mutiny.Uni;

@Singleton
public class ConversationIntelligenceRepository extends OwnedRepository<ConversationIntelligence> {

    private final Clock clock;

    public ConversationIntelligenceRepository(Clock clock) {
        super(ConversationIntelligence.class, clock);
        this.clock = clock;
    }

    public Uni<ConversationIntelligence> findByConversation(UserScope scope, UUID conversationId) {
        return select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
                .getSingleResultOrNull();
    }

    /** The conversation's row, locked for this transaction, and whether this transaction created it. */
    public record Locked(ConversationIntelligence row, boolean created) {
    }

    /**
     * The conversation's row, created empty if this is its first analysis, locked for this transaction: analyses of
     * one conversation run one after the other, so none of them loses another's messages.
     */
    public Uni<Locked> lockOrCreate(UserScope scope, UUID conversationId, OffsetDateTime now) {
        return scope.session().createNativeQuery("""
                insert into intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine)
                values (?1, ?2, ?3, ?4, ?3, 'local')
                on conflict (user_id, conversation_id) do nothing""")
                .setParameter(1, Ids.newId(clock))
                .setParameter(2, scope.userId())
                .setParameter(3, now)
                .setParameter(4, conversationId)
                .executeUpdate()
                .chain(inserted -> select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getSingleResult()
                        .map(row -> new Locked(row, inserted > 0)));
    }

    /** The conversation's row locked for this transaction, or null when the user has none. */
    public Uni<ConversationIntelligence> lockExisting(UserScope scope, UUID conversationId) {
        return select(scope, "conversationId = :conversation", Map.of("conversation", conversationId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    public Uni<List<ConversationIntelligence>> mostNegative(UserScope scope, int limit) {
        return ordered(scope, "messageCount > 0", "sentimentScore asc, id asc", limit);
    }

    public Uni<List<ConversationIntelligence>> declining(UserScope scope, int limit) {
        return ordered(scope, "engagementTrend = 'declining'", "engagementScore asc, id asc", limit);
    }

    public Uni<List<ConversationIntelligence>> waitingLongest(UserScope scope, int limit) {
        return ordered(scope, "oldestUnansweredAt is not null", "oldestUnansweredAt asc, id asc", limit);
    }

    private Uni<List<ConversationIntelligence>> ordered(UserScope scope, String where, String order, int limit) {
        return scope.session()
                .createSelectionQuery("from ConversationIntelligence where userId = :owner and " + where + " order by " + order,
                        ConversationIntelligence.class)
                .setParameter("owner", scope.userId())
                .setMaxResults(limit)
                .getResultList();
    }

    public Uni<Long> count(UserScope scope) {
        return scope.session()
                .createSelectionQuery("select count(*) from ConversationIntelligence where userId = :owner and messageCount > 0", Long.class)
                .setParameter("owner", scope.userId())
                .getSingleResult();
    }
}
