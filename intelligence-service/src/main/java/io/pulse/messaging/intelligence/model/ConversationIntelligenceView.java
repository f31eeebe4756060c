package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.Alert;
import io.pulse.messaging.intelligence.engine.ConversationSentiment;
import io.pulse.messaging.intelligence.engine.EngagementInsight;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.ParticipantInsight;
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
        @Schema(description = "The engine that produced the insight", example = "local") String engine,
        OffsetDateTime analyzedAt,
        @Schema(description = "Messages known for this conversation") int messageCount,
        @Schema(description = "Messages analysed by this call (only in the answer of an analysis)") Integer analyzedMessages,
        @Schema(description = "Messages skipped because they were analysed before (only in the answer of an analysis)") Integer skippedMessages,
        ConversationSentiment sentiment,
        List<MessageSentiment> messages,
        List<TopicInsight> topics,
        List<ParticipantInsight> participants,
        EngagementInsight engagement,
        List<FollowUp> followUps,
        List<Alert> alerts) {
}
