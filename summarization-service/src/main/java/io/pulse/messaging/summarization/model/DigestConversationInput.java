package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One conversation of a daily digest request. */
@Schema(name = "DigestConversation input")
public record DigestConversationInput(
        @NotNull @Schema(required = true) UUID conversationId,
        @Size(max = 200) @Schema(example = "#launch") String title,
        @NotNull @Size(min = 1, max = MessageInput.MAX_PER_REQUEST) @Schema(required = true, minItems = 1) List<@NotNull @Valid MessageInput> messages) {
}
