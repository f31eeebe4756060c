package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An action item of a summary or digest. */
@Schema(name = "ActionItem", description = "Something someone has to do")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionItemView(
        @Schema(example = "Bob, can you send the updated release notes by Friday?") String text,
        @Schema(description = "The participant named, addressed or committing; null when nobody is", nullable = true) PersonView owner,
        @Schema(description = "Resolved against the message's time in the reader's zone", nullable = true, example = "2026-11-27") LocalDate dueDate,
        @Schema(description = "The words the due date was read from", nullable = true, example = "by friday") String dueText,
        List<UUID> messageIds,
        @Schema(description = "Whether a later message marks it done") boolean done,
        @Schema(description = "The messages that mark it done") List<UUID> doneMessageIds,
        @Schema(nullable = true) UUID conversationId) {
}
