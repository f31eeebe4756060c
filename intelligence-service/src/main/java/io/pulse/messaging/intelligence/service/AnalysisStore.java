package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.pulse.messaging.intelligence.repository.ConversationIntelligenceRepository;
import io.pulse.messaging.intelligence.repository.FollowUpStateRepository;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;
import io.smallrye.mutiny.Uni;

/**
 * The transactions of an analysis, each as the request's user. {@link #snapshot} reads what the engines need, a bounded
 * amount whatever the history's length: which of the request's messages are known (looked up by id), the latest
 * messages the insight covers and their topics. {@link #storeIfCurrent} locks the conversation's row and, if no other
 * analysis stored since the snapshot (the row's revision), appends the new messages to the histories, writes the insight
 * and notifies the live subscribers (delivered only if the transaction commits); otherwise it stores nothing and the
 * analysis computes again over a new snapshot. {@link #storeLocked} is the last resort under contention: it computes
 * while it holds the row's lock.
 */
@ApplicationScoped
public class AnalysisStore {

    private final ConversationIntelligenceRepository conversations;
    private final SentimentHistoryRepository sentimentHistory;
    private final TopicDetectionRepository topicHistory;
    private final FollowUpStateRepository followUpStates;
    private final SavedTopics savedTopics;
    private final IntelligenceEvents events;
    private final InsightViews views;
    private final SqlOwnership ownership;
    private final Clock clock;
    private final int covered;

    public AnalysisStore(ConversationIntelligenceRepository conversations, SentimentHistoryRepository sentimentHistory,
            TopicDetectionRepository topicHistory, FollowUpStateRepository followUpStates, SavedTopics savedTopics,
            IntelligenceEvents events, InsightViews views, SqlOwnership ownership, Clock clock, IntelligenceConfig config) {
        this.ownership = ownership;
        this.conversations = conversations;
        this.sentimentHistory = sentimentHistory;
        this.topicHistory = topicHistory;
        this.followUpStates = followUpStates;
        this.savedTopics = savedTopics;
        this.events = events;
        this.views = views;
        this.clock = clock;
        this.covered = config.insightMessages();
    }

    /** What an analysis of the conversation with these message ids needs to read, and the user's saved topics. */
    public Uni<Snapshot> snapshot(UUID conversationId, List<String> messageIds) {
        return ownership.sqlAsCurrentUser(scope -> conversations.findByConversation(scope, conversationId)
                .chain(row -> row == null ? Uni.createFrom().item(Snapshot.NONE) : read(scope, row, messageIds))
                .chain(snapshot -> savedTopics.definitions(scope).map(snapshot::withSavedTopics)));
    }

    /** Stores the update if the conversation is still at the update's revision; null (nothing stored) otherwise. */
    public Uni<ConversationIntelligenceView> storeIfCurrent(UUID conversationId, InsightUpdate update, ConversationLabels labels) {
        return ownership.sqlAsCurrentUser(scope -> conversations.lockOrCreate(scope, conversationId, update.now())
                .chain(locked -> locked.row().getRevision() != update.revision() ? Uni.createFrom().nullItem()
                        : write(scope, locked.row(), update, labels)));
    }

    /** Locks the conversation's row, then reads, computes (on a worker thread) and stores under that lock. */
    public Uni<ConversationIntelligenceView> storeLocked(UUID conversationId, List<String> messageIds, ConversationLabels labels,
            Function<Snapshot, InsightUpdate> compute) {
        return ownership.sqlAsCurrentUser(scope -> conversations.lockOrCreate(scope, conversationId, Timestamps.now(clock))
                .chain(locked -> (locked.created() ? Uni.createFrom().item(Snapshot.NONE) : read(scope, locked.row(), messageIds))
                        .chain(snapshot -> OffLoop.compute(() -> compute.apply(snapshot)))
                        .chain(update -> write(scope, locked.row(), update, labels))));
    }

    private Uni<Snapshot> read(SqlScope scope, ConversationIntelligence row, List<String> messageIds) {
        UUID conversationId = row.getConversationId();
        return sentimentHistory.knownAmong(scope, conversationId, messageIds)
                .chain(known -> sentimentHistory.latest(scope, conversationId, covered)
                        .chain(latest -> topicsOf(scope, conversationId, latest)
                                .map(topics -> new Snapshot(row.getRevision(), Set.copyOf(known), latest, topics, List.of()))));
    }

    private Uni<List<TopicDetectionEntry>> topicsOf(SqlScope scope, UUID conversationId,
            List<SentimentHistoryEntry> latest) {
        if (latest.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return topicHistory.sentSince(scope, conversationId, latest.get(0).sentAt());
    }

    /**
     * Appends the histories, writes the insight, the client's labels and the count of open follow-ups (the new insight's
     * follow-ups that the user did not mark done or dismissed) into the locked row, and notifies the live subscribers.
     */
    private Uni<ConversationIntelligenceView> write(SqlScope scope, ConversationIntelligence row, InsightUpdate update,
            ConversationLabels labels) {
        UUID conversationId = row.getConversationId();
        List<FollowUp> followUps = update.insight().followUps();
        return sentimentHistory.append(scope, conversationId, update.now(), update.entries())
                .call(() -> topicHistory.append(scope, conversationId, update.now(), update.detections()))
                .invoke(inserted -> {
                    update.applyTo(row, inserted);
                    labels.applyTo(row);
                })
                .chain(() -> followUpStates.statuses(scope, conversationId, FollowUpIds.all(conversationId, followUps)))
                .invoke(statuses -> FollowUpIds.count(row, followUps, statuses))
                .call(() -> conversations.update(scope, row))
                .call(() -> events.publish(scope, conversationId))
                .map(statuses -> views.analysed(row, update.insight(), update.analysed(), update.skipped(),
                        update.localOnlyView(), statuses));
    }
}
