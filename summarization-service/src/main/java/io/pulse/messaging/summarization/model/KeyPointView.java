package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A ranked key point of a summary. */
@Schema(name = "KeyPoint", description = "A ranked point: a sentence of the thread, with every message that said it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyPointView(
        @Schema(example = "Let's move the launch to December 8 instead.") String text,
        PersonView speaker,
        @Schema(description = "Relative centrality, 1.0 for the top point", example = "1.0") double score,
        @Schema(description = "The message the text comes from first, then messages that said the same") List<UUID> messageIds,
        @Schema(description = "Whether the point names the reader") boolean mentionsReader,
        @Schema(description = "Digests only: the conversation it comes from", nullable = true) UUID conversationId) {
}
