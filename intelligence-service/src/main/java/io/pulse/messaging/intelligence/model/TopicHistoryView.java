package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.intelligence.engine.TopicSource;

@Schema(name = "TopicHistory", description = "Topics detected in a conversation's messages sent in [from, to), most detected first.",
        example = Examples.TOPIC_HISTORY)
public record TopicHistoryView(UUID conversationId, OffsetDateTime from, OffsetDateTime to, List<Item> items) {

    @Schema(name = "TopicHistoryItem")
    public record Item(String topic, TopicSource source, int detections, double averageConfidence, double maxConfidence,
            OffsetDateTime firstSeen, OffsetDateTime lastSeen, List<String> messageIds) {
    }
}
