package io.pulse.messaging.intelligence.engine;

import java.time.Instant;
import java.util.List;

/** One message's support for one topic, as kept in the topic history. */
public record TopicEvidence(String messageId, Instant sentAt, String topic, TopicSource source, double confidence, List<String> keywords) {
}
