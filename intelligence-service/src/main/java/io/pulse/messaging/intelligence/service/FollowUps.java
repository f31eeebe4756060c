package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.model.FollowUpView;
import io.pulse.messaging.intelligence.repository.ConversationIntelligenceRepository;
import io.pulse.messaging.intelligence.repository.FollowUpStateRepository;
import io.smallrye.mutiny.Uni;

/**
 * The user marks a follow-up of their conversation done, dismissed or open again, in one transaction as the user that
 * holds the conversation row's lock (as an analysis's store does): the follow-up must be one of the stored insight's
 * (404 otherwise), its status is kept by its id, the row's count of open follow-ups is recounted, the change goes to
 * the audit trail ({@code follow_up.updated}: the status, never the message's words) and to the live subscribers.
 * Setting the status it already has changes and records nothing.
 */
@ApplicationScoped
public class FollowUps {

    private final ConversationIntelligenceRepository conversations;
    private final FollowUpStateRepository states;
    private final InsightViews views;
    private final SqlAuditTrail audit;
    private final IntelligenceEvents events;
    private final SqlOwnership ownership;
    private final Clock clock;

    public FollowUps(ConversationIntelligenceRepository conversations, FollowUpStateRepository states, InsightViews views,
            SqlAuditTrail audit, IntelligenceEvents events, SqlOwnership ownership, Clock clock) {
        this.ownership = ownership;
        this.conversations = conversations;
        this.states = states;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Uni<FollowUpView> setStatus(UUID conversationId, UUID followUpId, String status) {
        return ownership.sqlAsCurrentUser(scope -> setStatus(scope, conversationId, followUpId, status));
    }

    private Uni<FollowUpView> setStatus(SqlScope scope, UUID conversationId, UUID followUpId, String status) {
        return conversations.lockExisting(scope, conversationId).chain(row -> {
            if (row == null || row.getMessageCount() == 0) {
                throw ApiException.notFound("Conversation intelligence");
            }
            List<FollowUp> followUps = views.insight(row).followUps();
            FollowUp followUp = followUps.stream().filter(f -> FollowUpIds.of(conversationId, f).equals(followUpId)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("Follow-up"));
            return states.statuses(scope, conversationId, FollowUpIds.all(conversationId, followUps)).chain(statuses -> {
                String previous = statuses.getOrDefault(followUpId, FollowUpIds.OPEN);
                if (previous.equals(status)) {
                    return Uni.createFrom().item(FollowUpView.of(followUpId, status, followUp));
                }
                Map<UUID, String> updated = new HashMap<>(statuses);
                updated.put(followUpId, status);
                FollowUpIds.count(row, followUps, updated);
                FollowUpStateRepository.NewStatus state = new FollowUpStateRepository.NewStatus(followUpId, conversationId,
                        followUp.messageId(), followUp.type().wire(), status);
                return states.store(scope, state, Timestamps.now(clock))
                        .call(() -> conversations.update(scope, row))
                        .call(() -> audit.record(scope, AuditEvent.of("follow_up.updated", "follow_up", followUpId)
                                .with(Map.of("fields", List.of("status"), "status", status, "previous", previous,
                                        "conversationId", conversationId.toString()))))
                        .call(() -> events.publish(scope, conversationId, IntelligenceEvents.FOLLOW_UP_UPDATED))
                        .replaceWith(FollowUpView.of(followUpId, status, followUp));
            });
        });
    }
}
