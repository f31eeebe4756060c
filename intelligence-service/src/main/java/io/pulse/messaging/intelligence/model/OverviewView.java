package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.EngagementTrend;
import io.pulse.messaging.intelligence.engine.SentimentDirection;
import io.pulse.messaging.intelligence.engine.SentimentLabel;

@Schema(name = "Overview", description = "Across the user's conversations: the most negative, those whose engagement declines, "
        + "and the questions waiting longest (these three and the count ignore the filters); then items, one page of the "
        + "conversations matching the filters in the requested order.", example = Examples.OVERVIEW)
public record OverviewView(long conversations, List<ConversationSummary> mostNegative, List<ConversationSummary> decliningEngagement,
        List<WaitingQuestion> waitingQuestions,
        @Schema(description = "One page of the conversations matching the filters, in the requested order") List<ConversationItem> items,
        @Schema(description = "Pass as ?cursor= (with the same sort and order) to get the next page of items; null on the last page",
                nullable = true) String nextCursor) {

    @Schema(name = "ConversationSummary")
    public record ConversationSummary(UUID conversationId, String title, String channel, SentimentLabel sentiment,
            double sentimentScore, double engagementScore, EngagementTrend engagementTrend, int messageCount,
            OffsetDateTime lastMessageAt) {
    }

    @Schema(name = "WaitingQuestion")
    public record WaitingQuestion(UUID conversationId, String messageId, String senderName, String excerpt, OffsetDateTime since,
            String suggestedText) {
    }

    /** One conversation of the overview's list. */
    @Schema(name = "OverviewConversation")
    public record ConversationItem(
            UUID conversationId,
            @Schema(nullable = true, description = "The title the client gave at analysis time") String title,
            @Schema(nullable = true, description = "The channel the client gave at analysis time") String channel,
            @Schema(description = "When the latest analysed message was sent") OffsetDateTime lastActivityAt,
            int messageCount,
            SentimentLabel sentiment,
            double sentimentScore,
            @Schema(enumeration = {"improving", "stable", "declining", "insufficient_data"}) SentimentDirection sentimentTrend,
            @Schema(description = "The later half of the trend window's mean score minus the earlier half's") double sentimentDelta,
            @Schema(description = "Follow-ups neither done nor dismissed") int openFollowUps,
            @Schema(nullable = true, description = "Since when the oldest open follow-up waits") OffsetDateTime oldestOpenFollowUpAt,
            @Schema(nullable = true, description = "How long the oldest open follow-up has waited, now") Long oldestOpenFollowUpWaitingSeconds) {
    }
}
