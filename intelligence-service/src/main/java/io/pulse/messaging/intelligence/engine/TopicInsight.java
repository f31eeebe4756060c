package io.pulse.messaging.intelligence.engine;

import java.util.List;

/** A topic of the conversation with its confidence in [0, 1], the messages that support it and the keywords seen. */
public record TopicInsight(String name, TopicSource source, double confidence, List<String> messageIds, List<String> keywords) {
}
