package io.pulse.messaging.intelligence.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.EngagementTrend;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.FollowUpType;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.SentimentDirection;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.OverviewView;
import io.pulse.messaging.intelligence.model.SentimentSeriesView;
import io.pulse.messaging.intelligence.model.TopicHistoryView;
import io.pulse.messaging.intelligence.repository.ConversationListRepository;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;

/** The API's answers, built from the engines' insight and the stored rows. */
@ApplicationScoped
public class InsightViews {

    /** At most this many message ids are listed per topic of a topic history. */
    static final int TOPIC_MESSAGE_IDS = 20;

    private final InsightJson json;

    public InsightViews(InsightJson json) {
        this.json = json;
    }

    /**
     * The answer of an analysis: the updated insight, with the messages this call analysed, how many it skipped and, when
     * the model answered, how many of them it was not given ({@code localOnly}, else null).
     */
    ConversationIntelligenceView analysed(ConversationIntelligence row, ConversationInsight insight, List<MessageFacts> analysed,
            int skipped, Integer localOnly, Map<UUID, String> followUpStatuses) {
        List<MessageSentiment> messages = analysed.stream().map(MessageSentiment::of).toList();
        UUID conversationId = row.getConversationId();
        return new ConversationIntelligenceView(conversationId, row.getTitle(), row.getChannel(), row.getEngine(),
                row.getFallbackReason(), row.getUpdatedAt(), row.getMessageCount(), analysed.size(), skipped, localOnly,
                insight.sentiment(), direction(row), row.getSentimentDelta(), messages, insight.topics(), insight.participants(),
                insight.engagement(), FollowUpIds.views(conversationId, insight.followUps(), followUpStatuses), insight.alerts());
    }

    /** The insight as stored, with the row's last per-message entries and the follow-ups' statuses. */
    ConversationIntelligenceView stored(ConversationIntelligence row, Map<UUID, String> followUpStatuses) {
        return stored(row, json.read(row.getInsight(), ConversationInsight.class), followUpStatuses);
    }

    ConversationIntelligenceView stored(ConversationIntelligence row, ConversationInsight insight, Map<UUID, String> followUpStatuses) {
        List<MessageSentiment> recent = json.read(row.getRecentSentiment(), InsightJson.RECENT);
        UUID conversationId = row.getConversationId();
        return new ConversationIntelligenceView(conversationId, row.getTitle(), row.getChannel(), row.getEngine(),
                row.getFallbackReason(), row.getUpdatedAt(), row.getMessageCount(), null, null, null, insight.sentiment(),
                direction(row), row.getSentimentDelta(), recent, insight.topics(), insight.participants(), insight.engagement(),
                FollowUpIds.views(conversationId, insight.followUps(), followUpStatuses), insight.alerts());
    }

    /** The insight stored in the row (its follow-ups decide which statuses a view needs). */
    ConversationInsight insight(ConversationIntelligence row) {
        return json.read(row.getInsight(), ConversationInsight.class);
    }

    private static SentimentDirection direction(ConversationIntelligence row) {
        return SentimentDirection.fromWire(row.getSentimentTrend());
    }

    SentimentSeriesView series(UUID conversationId, HistoryQuery query, List<SentimentHistoryRepository.Bucket> buckets) {
        return new SentimentSeriesView(conversationId, query.bucket(), query.from(), query.to(), buckets.stream()
                .map(b -> new SentimentSeriesView.Point(b.start(), b.messages(), b.averageScore(), b.minScore(), b.maxScore(),
                        b.positive(), b.neutral(), b.negative(), b.mixed()))
                .toList());
    }

    /** The topics of a range as the database aggregated them: most detected first, then most confident. */
    TopicHistoryView topicHistory(UUID conversationId, HistoryQuery query, List<TopicDetectionRepository.Total> totals) {
        return new TopicHistoryView(conversationId, query.from(), query.to(), totals.stream()
                .map(t -> new TopicHistoryView.Item(t.topic(), TopicSource.valueOf(t.source().toUpperCase(Locale.ROOT)),
                        Math.toIntExact(t.detections()), Math.round(t.averageConfidence() * 10_000) / 10_000.0, t.maxConfidence(),
                        t.firstSeen(), t.lastSeen(), json.read(t.messageIdsJson(), InsightJson.STRINGS)))
                .toList());
    }

    /** The rows the overview shows, gathered one query after the other (a transaction's session runs one at a time). */
    record OverviewRows(long count, List<ConversationIntelligence> mostNegative, List<ConversationIntelligence> declining,
            List<ConversationIntelligence> waitingLongest, Page<ConversationListRepository.Row> items) {

        OverviewRows(long count, List<ConversationIntelligence> mostNegative) {
            this(count, mostNegative, List.of(), List.of(), null);
        }

        OverviewRows withDeclining(List<ConversationIntelligence> rows) {
            return new OverviewRows(count, mostNegative, rows, waitingLongest, items);
        }

        OverviewRows withWaitingLongest(List<ConversationIntelligence> rows) {
            return new OverviewRows(count, mostNegative, declining, rows, items);
        }

        OverviewRows withItems(Page<ConversationListRepository.Row> page) {
            return new OverviewRows(count, mostNegative, declining, waitingLongest, page);
        }
    }

    OverviewView overview(OverviewRows rows, Instant now) {
        return new OverviewView(rows.count(), summaries(rows.mostNegative()), summaries(rows.declining()),
                waiting(rows.waitingLongest()), rows.items().items().stream().map(r -> item(r, now)).toList(),
                rows.items().nextCursor());
    }

    private static OverviewView.ConversationItem item(ConversationListRepository.Row r, Instant now) {
        Long waiting = r.oldestOpenFollowUpAt() == null ? null
                : Math.max(0, Duration.between(r.oldestOpenFollowUpAt().toInstant(), now).getSeconds());
        return new OverviewView.ConversationItem(r.conversationId(), r.title(), r.channel(), r.lastMessageAt(), r.messageCount(),
                SentimentLabel.valueOf(r.sentimentLabel().toUpperCase(Locale.ROOT)), r.sentimentScore(),
                SentimentDirection.fromWire(r.sentimentTrend()), r.sentimentDelta(), r.openFollowUps(), r.oldestOpenFollowUpAt(),
                waiting);
    }

    private static List<OverviewView.ConversationSummary> summaries(List<ConversationIntelligence> rows) {
        return rows.stream().map(r -> new OverviewView.ConversationSummary(r.getConversationId(), r.getTitle(), r.getChannel(),
                SentimentLabel.valueOf(r.getSentimentLabel().toUpperCase(Locale.ROOT)), r.getSentimentScore(),
                r.getEngagementScore(), EngagementTrend.valueOf(r.getEngagementTrend().toUpperCase(Locale.ROOT)),
                r.getMessageCount(), r.getLastMessageAt())).toList();
    }

    /** Each conversation's oldest unanswered question. */
    private List<OverviewView.WaitingQuestion> waiting(List<ConversationIntelligence> rows) {
        List<OverviewView.WaitingQuestion> out = new ArrayList<>();
        for (ConversationIntelligence row : rows) {
            ConversationInsight insight = json.read(row.getInsight(), ConversationInsight.class);
            insight.followUps().stream()
                    .filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION)
                    .min(Comparator.comparing(FollowUp::since))
                    .ifPresent(f -> out.add(new OverviewView.WaitingQuestion(row.getConversationId(), f.messageId(), f.senderName(),
                            f.excerpt(), f.since().atOffset(ZoneOffset.UTC), f.suggestedText())));
        }
        return out;
    }
}
