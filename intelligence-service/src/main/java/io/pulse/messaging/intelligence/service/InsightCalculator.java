package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.FollowUpHint;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.SentimentTrendAnalyzer;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;

/**
 * The CPU work of an analysis, which the service runs on a worker thread while it holds no transaction: the engines on
 * the request's new messages, then the insight over the latest messages the insight covers, serialised for storage.
 */
@ApplicationScoped
class InsightCalculator {

    /** How many per-message entries the conversation's row keeps (what a read of the insight shows). */
    static final int RECENT_ENTRIES = 50;

    private final ConversationInsightEngine engine;
    private final MessageAnalyzer analyzer;
    private final InsightJson json;
    private final Clock clock;
    private final int covered;
    private final SentimentTrendAnalyzer trends;

    InsightCalculator(ConversationInsightEngine engine, MessageAnalyzer analyzer, InsightJson json, Clock clock,
            IntelligenceConfig config) {
        this.engine = engine;
        this.analyzer = analyzer;
        this.json = json;
        this.clock = clock;
        this.covered = config.insightMessages();
        this.trends = new SentimentTrendAnalyzer(config.trend().window(), config.trend().threshold());
    }

    /** How many of a conversation's latest messages an insight covers. */
    int covered() {
        return covered;
    }

    /**
     * The engines' work on the request's messages (chronological) whose ids are not {@code known}: the local engine's,
     * and the model's when it is configured ({@link MessageAnalyzer}). Blocks for the model's answer.
     */
    AnalysisResult analyze(List<ChatMessage> messages, List<TopicDefinition> topics, Set<String> known) {
        List<ChatMessage> fresh = messages.stream().filter(m -> !known.contains(m.id())).toList();
        return analyzer.analyze(fresh, topics, messages);
    }

    /** The insight over what {@code snapshot} read and what {@code analysed} adds to it, ready to store. */
    InsightUpdate update(Snapshot snapshot, AnalysisResult analysed, int requested) {
        AnalysisResult fresh = analysed.without(snapshot.known());
        List<MessageFacts> all = new ArrayList<>(snapshot.covered().size() + fresh.facts().size());
        snapshot.covered().forEach(e -> all.add(facts(e)));
        all.addAll(fresh.facts());
        all.sort(Comparator.comparing(MessageFacts::sentAt).thenComparing(MessageFacts::id));
        List<MessageFacts> latest = all.subList(Math.max(0, all.size() - covered), all.size());
        Set<String> ids = latest.stream().map(MessageFacts::id).collect(Collectors.toSet());
        List<TopicEvidence> evidence = new ArrayList<>();
        snapshot.coveredTopics().forEach(t -> evidence.add(evidence(t)));
        evidence.addAll(fresh.evidence());
        evidence.removeIf(e -> !ids.contains(e.messageId()));
        OffsetDateTime now = Timestamps.now(clock);
        ConversationInsight insight = engine.summarize(latest, evidence, now.toInstant());
        List<MessageSentiment> messages = insight.messages();
        // the per-message entries are kept apart: the row holds only the last RECENT_ENTRIES of them
        String insightJson = json.write(new ConversationInsight(insight.sentiment(), List.of(), insight.topics(),
                insight.participants(), insight.engagement(), insight.followUps(), insight.alerts()));
        String recentJson = json.write(messages.subList(Math.max(0, messages.size() - RECENT_ENTRIES), messages.size()));
        OffsetDateTime newest = fresh.facts().stream().map(MessageFacts::sentAt).max(Comparator.naturalOrder())
                .map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
        return new InsightUpdate(snapshot.revision(), now, fresh.engine(), fresh.localOnly(), insight, fresh.facts(),
                requested - fresh.facts().size(),
                fresh.facts().stream().map(this::entry).toList(), fresh.evidence().stream().map(this::detection).toList(),
                insightJson, recentJson, newest, trends.analyze(latest));
    }

    private SentimentHistoryRepository.NewEntry entry(MessageFacts f) {
        return new SentimentHistoryRepository.NewEntry(f.id(), f.senderId(), f.senderName(), f.sentAt().atOffset(ZoneOffset.UTC),
                f.replyTo(), f.label().wire(), f.score(), f.confidence(), json.write(f.signals()), f.words(), f.question(),
                f.request(), f.acknowledgement(), f.closing(), f.excerpt(), f.reason(), f.hint());
    }

    private TopicDetectionRepository.NewDetection detection(TopicEvidence e) {
        return new TopicDetectionRepository.NewDetection(e.messageId(), e.sentAt().atOffset(ZoneOffset.UTC), e.topic(),
                e.source().wire(), e.confidence(), json.write(e.keywords()));
    }

    private MessageFacts facts(SentimentHistoryEntry e) {
        return new MessageFacts(e.messageId(), e.senderId(), e.senderName(), e.sentAt().toInstant(), e.replyTo(),
                SentimentLabel.valueOf(e.label().toUpperCase(Locale.ROOT)), e.score(), e.confidence(),
                json.read(e.signals(), InsightJson.SIGNALS), e.words(), e.question(), e.request(),
                e.acknowledgement(), e.closing(), e.excerpt(), e.reason(), hint(e));
    }

    private static FollowUpHint hint(SentimentHistoryEntry e) {
        if (e.followUpOwner() == null && e.followUpDue() == null && e.followUpText() == null) {
            return null;
        }
        return new FollowUpHint(e.followUpOwner(), e.followUpDue(), e.followUpText());
    }

    private TopicEvidence evidence(TopicDetectionEntry t) {
        return new TopicEvidence(t.messageId(), t.sentAt().toInstant(), t.topic(),
                TopicSource.valueOf(t.source().toUpperCase(Locale.ROOT)), t.confidence(),
                json.read(t.keywords(), InsightJson.STRINGS));
    }
}
