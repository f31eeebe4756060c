package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.Alert;
import io.pulse.messaging.intelligence.engine.ConversationSentiment;
import io.pulse.messaging.intelligence.engine.EngagementInsight;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.ParticipantInsight;
import io.pulse.messaging.intelligence.engine.SentimentDirection;
import io.pulse.messaging.intelligence.engine.TopicInsight;

/**
 * A conversation's insight. After an analysis, {@code messages} holds the messages analysed by that call and
 * {@code analyzedMessages} / {@code skippedMessages} say how many were new; when read back, {@code messages}
 * holds the last 50 per-message entries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConversationIntelligence", example = Examples.INSIGHT)
public record ConversationIntelligenceView(
        UUID conversationId,
        @Schema(description = "What the client calls the conversation (given at analysis time; the latest given wins)",
                example = "Export fails with a 500") String title,
        @Schema(description = "Where the conversation takes place, as the client named it (lower case)", example = "email")
        String channel,
        @Schema(description = "The engine that analysed the conversation's latest messages: llm:<model> when the model "
                + "answered (messages it was not given or whose answer failed validation got the local engine's result), "
                + "local when no model is configured, local-fallback when the model gave no usable answer",
                example = "llm:gpt-4o-mini") String engine,
        @Schema(nullable = true, description = "Why the local engine answered although a model is configured (only with "
                + "engine local-fallback): timeout, rate-limited, invalid-output, unavailable, circuit-open or over-budget",
                enumeration = {"timeout", "rate-limited", "invalid-output", "unavailable", "circuit-open", "over-budget"})
        String fallbackReason,
        OffsetDateTime analyzedAt,
        @Schema(description = "Messages known for this conversation") int messageCount,
        @Schema(description = "Messages analysed by this call (only in the answer of an analysis)") Integer analyzedMessages,
        @Schema(description = "Messages skipped because they were analysed before (only in the answer of an analysis)") Integer skippedMessages,
        @Schema(description = "Of the messages analysed by this call, how many the model was not given (the oldest, beyond "
                + "its token budget) and the local engine analysed alone (only in the answer of an analysis the model "
                + "answered)") Integer localOnlyMessages,
        ConversationSentiment sentiment,
        @Schema(description = "Where the sentiment is heading over the trend window (pulse.intelligence.trend.window, 7 days "
                + "before the last message): improving, stable, declining, or insufficient_data (fewer than 4 messages)",
                enumeration = {"improving", "stable", "declining", "insufficient_data"}) SentimentDirection sentimentTrend,
        @Schema(description = "The later half of the window's messages' mean sentiment score minus the earlier half's (-2 to 2)",
                example = "-0.62") Double sentimentDelta,
        List<MessageSentiment> messages,
        List<TopicInsight> topics,
        List<ParticipantInsight> participants,
        EngagementInsight engagement,
        @Schema(description = "What waits for an answer or action, each with its id and status") List<FollowUpView> followUps,
        List<Alert> alerts) {
}
