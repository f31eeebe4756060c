package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved custom topic. */
@Schema(name = "SavedTopic")
public record SavedTopicView(UUID id, String name, String description, List<String> keywords, List<String> examples,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
