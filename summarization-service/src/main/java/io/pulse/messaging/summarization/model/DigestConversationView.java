package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One conversation of a daily digest, with its highlights. */
@Schema(name = "DigestConversation", description = "One conversation of a daily digest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DigestConversationView(
        UUID conversationId,
        @Schema(nullable = true) String title,
        @Schema(description = "Messages of that day") int messageCount,
        @Schema(description = "Whether any highlight concerns the reader") boolean concernsReader,
        List<HighlightView> highlights) {
}
