package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.EngagementTrend;
import io.pulse.messaging.intelligence.engine.SentimentLabel;

@Schema(name = "Overview", description = "Across the user's conversations: the most negative, those whose engagement declines, "
        + "and the questions waiting longest for an answer.", example = Examples.OVERVIEW)
public record OverviewView(long conversations, List<ConversationSummary> mostNegative, List<ConversationSummary> decliningEngagement,
        List<WaitingQuestion> waitingQuestions) {

    @Schema(name = "ConversationSummary")
    public record ConversationSummary(UUID conversationId, SentimentLabel sentiment, double sentimentScore, double engagementScore,
            EngagementTrend engagementTrend, int messageCount, OffsetDateTime lastMessageAt) {
    }

    @Schema(name = "WaitingQuestion")
    public record WaitingQuestion(UUID conversationId, String messageId, String senderName, String excerpt, OffsetDateTime since,
            String suggestedText) {
    }
}
