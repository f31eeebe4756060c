package io.pulse.messaging.summarization.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/summaries}: one conversation to summarise. */
@Schema(name = "SummaryRequest", example = Examples.SUMMARY_REQUEST)
public record SummaryRequest(
        @NotNull @Schema(required = true) UUID conversationId,
        @NotNull @Schema(required = true) SummaryType type,
        @NotNull @Size(min = 1, max = MessageInput.MAX_PER_REQUEST) @Schema(required = true, minItems = 1, maxItems = MessageInput.MAX_PER_REQUEST) List<@NotNull @Valid MessageInput> messages,
        @Valid SummaryOptionsInput options) {
}
