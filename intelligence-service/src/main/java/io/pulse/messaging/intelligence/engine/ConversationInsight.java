package io.pulse.messaging.intelligence.engine;

import java.util.List;

/** Everything the engines found in a conversation. */
public record ConversationInsight(ConversationSentiment sentiment, List<MessageSentiment> messages, List<TopicInsight> topics, List<ParticipantInsight> participants, EngagementInsight engagement, List<FollowUp> followUps, List<Alert> alerts) {
}
