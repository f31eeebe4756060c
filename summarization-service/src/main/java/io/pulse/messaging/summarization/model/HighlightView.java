package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One highlight of a conversation in a daily digest. */
@Schema(name = "Highlight", description = "One highlight of a conversation in a daily digest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HighlightView(
        HighlightKind kind,
        String text,
        @Schema(description = "Who said it (the owner for an action item)", nullable = true) PersonView person,
        List<UUID> messageIds,
        @Schema(description = "Whether it mentions the reader or assigns them an action item") boolean concernsReader) {
}
