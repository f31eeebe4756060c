package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One topic detected in one message, as {@code topic_detection_history} keeps it.
 *
 * @param keywords a JSON array of strings, as text
 */
public record TopicDetectionEntry(UUID conversationId, String messageId, OffsetDateTime sentAt, String topic, String source,
        double confidence, String keywords) {
}
