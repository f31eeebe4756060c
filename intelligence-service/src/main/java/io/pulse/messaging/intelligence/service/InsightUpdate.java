package io.pulse.messaging.intelligence.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.FollowUpType;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.SentimentTrend;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;

/**
 * An analysis's result, computed outside any transaction and ready to store over the revision it was computed from:
 * the history rows to append and the conversation's new insight, serialised.
 *
 * @param revision       the conversation row's revision the insight was computed from
 * @param engine         the engine that analysed the new messages; null when there were none (the row's stands)
 * @param localOnly      how many of them the model, when it answered, was not given (beyond its budget)
 * @param analysed       the messages this analysis adds (not analysed before)
 * @param skipped        the request's messages that were analysed before
 * @param newestAnalysed when the newest of {@code analysed} was sent; null when there are none
 * @param trend          the sentiment trend over the messages the insight covers
 */
record InsightUpdate(long revision, OffsetDateTime now, EngineUsed engine, int localOnly, ConversationInsight insight,
        List<MessageFacts> analysed, int skipped, List<SentimentHistoryRepository.NewEntry> entries, List<TopicDetectionRepository.NewDetection> detections,
        String insightJson, String recentJson, OffsetDateTime newestAnalysed, SentimentTrend trend) {

    /** What the answer shows as localOnlyMessages: only when the model answered this analysis. */
    Integer localOnlyView() {
        return MessageAnalyzer.modelAnswered(engine) ? localOnly : null;
    }

    /** Writes the insight into the locked row; {@code inserted} messages were appended to the history. */
    void applyTo(ConversationIntelligence row, int inserted) {
        row.setRevision(row.getRevision() + 1);
        row.setUpdatedAt(now);
        if (engine != null) {
            row.setEngine(engine.engine());
            row.setFallbackReason(engine.fallbackReason());
        }
        row.setMessageCount(row.getMessageCount() + inserted);
        if (newestAnalysed != null && (row.getLastMessageAt() == null || newestAnalysed.isAfter(row.getLastMessageAt()))) {
            row.setLastMessageAt(newestAnalysed);
        }
        row.setSentimentLabel(insight.sentiment().label().wire());
        row.setSentimentScore(insight.sentiment().score());
        row.setSentimentConfidence(insight.sentiment().confidence());
        row.setSentimentTrend(trend.direction().wire());
        row.setSentimentDelta(trend.delta());
        row.setEngagementScore(insight.engagement().score());
        row.setEngagementTrend(insight.engagement().trend().wire());
        List<FollowUp> questions = insight.followUps().stream().filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION).toList();
        row.setUnansweredQuestions(questions.size());
        row.setOldestUnansweredAt(questions.stream().map(FollowUp::since).min(Comparator.naturalOrder())
                .map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null));
        row.setRecentSentiment(recentJson);
        row.setInsight(insightJson);
    }
}
