package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.ownership.AsCurrentUser;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.FollowUpType;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.pulse.messaging.intelligence.repository.ConversationIntelligenceRepository;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;
import io.smallrye.mutiny.Uni;

/**
 * The two transactions of an analysis, each as the request's user: the first reads which messages are known, the
 * second stores what the engines computed. Storing locks the conversation's row, so analyses of one conversation
 * store one after the other and none loses another's messages; it appends the new messages to the histories
 * (idempotent by message id), recomputes the insight from everything known, stores it and notifies the live
 * subscribers (delivered only if the transaction commits).
 */
@ApplicationScoped
public class AnalysisStore {

    /** How many per-message entries the conversation's row keeps (what a read of the insight shows). */
    static final int RECENT_ENTRIES = 50;

    private final ConversationInsightEngine engine;
    private final ConversationIntelligenceRepository conversations;
    private final SentimentHistoryRepository sentimentHistory;
    private final TopicDetectionRepository topicHistory;
    private final IntelligenceEvents events;
    private final InsightJson json;
    private final InsightViews views;
    private final Clock clock;

    public AnalysisStore(ConversationInsightEngine engine, ConversationIntelligenceRepository conversations,
            SentimentHistoryRepository sentimentHistory, TopicDetectionRepository topicHistory, IntelligenceEvents events,
            InsightJson json, InsightViews views, Clock clock) {
        this.engine = engine;
        this.conversations = conversations;
        this.sentimentHistory = sentimentHistory;
        this.topicHistory = topicHistory;
        this.events = events;
        this.json = json;
        this.views = views;
        this.clock = clock;
    }

    /** The history stored for one conversation when an analysis stores its result. */
    private record StoredHistory(List<SentimentHistoryEntry> sentiment, List<TopicDetectionEntry> topics) {

        static final StoredHistory NONE = new StoredHistory(List.of(), List.of());

        Set<String> messageIds() {
            return sentiment.stream().map(SentimentHistoryEntry::getMessageId).collect(Collectors.toSet());
        }
    }

    /** The ids of the conversation's messages analysed before. */
    @AsCurrentUser
    public Uni<Set<String>> knownMessageIds(UUID conversationId) {
        return sentimentHistory.knownMessageIds(UserScope.current(), conversationId).map(Set::copyOf);
    }

    /** Stores an analysis's result and answers the conversation's updated insight with the messages this call analysed. */
    @AsCurrentUser
    public Uni<ConversationIntelligenceView> store(UUID conversationId, AnalysisResult result) {
        UserScope scope = UserScope.current();
        OffsetDateTime now = Timestamps.now(clock);
        return conversations.lockOrCreate(scope, conversationId, now)
                .chain(locked -> storedHistory(scope, conversationId, locked.created() && result.nothingKnown())
                        .chain(stored -> save(scope, conversationId, now, locked.row(), stored, result)));
    }

    /**
     * Every history write happens under the row's lock: a conversation that had no history when the analysis began
     * and whose row this transaction created has none now, so its reads are skipped.
     */
    private Uni<StoredHistory> storedHistory(UserScope scope, UUID conversationId, boolean none) {
        if (none) {
            return Uni.createFrom().item(StoredHistory.NONE);
        }
        return sentimentHistory.forConversation(scope, conversationId)
                .chain(sentiment -> topicHistory.forConversation(scope, conversationId)
                        .map(topics -> new StoredHistory(sentiment, topics)));
    }

    private Uni<ConversationIntelligenceView> save(UserScope scope, UUID conversationId, OffsetDateTime now,
            ConversationIntelligence row, StoredHistory stored, AnalysisResult result) {
        // another analysis may have stored some of these messages while the engines ran
        AnalysisResult fresh = result.without(stored.messageIds());
        return append(scope, conversationId, now, fresh)
                .map(ignored -> summarize(row, stored, fresh, now))
                .call(() -> conversations.flush(scope, row))
                .call(() -> events.publish(scope, conversationId))
                .map(insight -> views.analysed(row, insight, fresh.facts(), fresh.skipped()));
    }

    private Uni<Integer> append(UserScope scope, UUID conversationId, OffsetDateTime now, AnalysisResult fresh) {
        List<SentimentHistoryRepository.NewEntry> entries = fresh.facts().stream().map(this::entry).toList();
        List<TopicDetectionRepository.NewDetection> detections = fresh.evidence().stream().map(this::detection).toList();
        return sentimentHistory.append(scope, conversationId, now, entries)
                .chain(() -> topicHistory.append(scope, conversationId, now, detections));
    }

    /** The insight from every known message, written into the conversation's row. */
    private ConversationInsight summarize(ConversationIntelligence row, StoredHistory stored, AnalysisResult fresh,
            OffsetDateTime now) {
        List<MessageFacts> all = new ArrayList<>(stored.sentiment().size() + fresh.facts().size());
        stored.sentiment().forEach(e -> all.add(facts(e)));
        all.addAll(fresh.facts());
        all.sort(Comparator.comparing(MessageFacts::sentAt).thenComparing(MessageFacts::id));
        List<TopicEvidence> evidence = new ArrayList<>();
        stored.topics().forEach(t -> evidence.add(evidence(t)));
        evidence.addAll(fresh.evidence());
        ConversationInsight insight = engine.summarize(all, evidence, now.toInstant());
        update(row, insight, all, now);
        return insight;
    }

    private void update(ConversationIntelligence row, ConversationInsight insight, List<MessageFacts> all, OffsetDateTime now) {
        row.setUpdatedAt(now);
        row.setEngine(engine.name());
        row.setMessageCount(all.size());
        row.setLastMessageAt(all.isEmpty() ? null : all.get(all.size() - 1).sentAt().atOffset(ZoneOffset.UTC));
        row.setSentimentLabel(insight.sentiment().label().wire());
        row.setSentimentScore(insight.sentiment().score());
        row.setSentimentConfidence(insight.sentiment().confidence());
        row.setEngagementScore(insight.engagement().score());
        row.setEngagementTrend(insight.engagement().trend().wire());
        List<FollowUp> questions = insight.followUps().stream().filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION).toList();
        row.setUnansweredQuestions(questions.size());
        row.setOldestUnansweredAt(questions.stream().map(FollowUp::since).min(Comparator.naturalOrder())
                .map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null));
        List<MessageSentiment> messages = insight.messages();
        row.setRecentSentiment(json.write(messages.subList(Math.max(0, messages.size() - RECENT_ENTRIES), messages.size())));
        // the per-message entries are kept apart: the row holds only the last RECENT_ENTRIES of them
        row.setInsight(json.write(new ConversationInsight(insight.sentiment(), List.of(), insight.topics(), insight.participants(),
                insight.engagement(), insight.followUps(), insight.alerts())));
    }

    private SentimentHistoryRepository.NewEntry entry(MessageFacts f) {
        return new SentimentHistoryRepository.NewEntry(f.id(), f.senderId(), f.senderName(), f.sentAt().atOffset(ZoneOffset.UTC),
                f.replyTo(), f.label().wire(), f.score(), f.confidence(), json.write(f.signals()), f.words(), f.question(),
                f.request(), f.acknowledgement(), f.closing(), f.excerpt());
    }

    private TopicDetectionRepository.NewDetection detection(TopicEvidence e) {
        return new TopicDetectionRepository.NewDetection(e.messageId(), e.sentAt().atOffset(ZoneOffset.UTC), e.topic(),
                e.source().wire(), e.confidence(), json.write(e.keywords()));
    }

    private MessageFacts facts(SentimentHistoryEntry e) {
        return new MessageFacts(e.getMessageId(), e.getSenderId(), e.getSenderName(), e.getSentAt().toInstant(), e.getReplyTo(),
                SentimentLabel.valueOf(e.getLabel().toUpperCase(Locale.ROOT)), e.getScore(), e.getConfidence(),
                json.read(e.getSignals(), InsightJson.SIGNALS), e.getWords(), e.isQuestion(), e.isRequest(),
                e.isAcknowledgement(), e.isClosing(), e.getExcerpt());
    }

    private TopicEvidence evidence(TopicDetectionEntry t) {
        return new TopicEvidence(t.getMessageId(), t.getSentAt().toInstant(), t.getTopic(),
                TopicSource.valueOf(t.getSource().toUpperCase(Locale.ROOT)), t.getConfidence(),
                json.read(t.getKeywords(), InsightJson.STRINGS));
    }
}
