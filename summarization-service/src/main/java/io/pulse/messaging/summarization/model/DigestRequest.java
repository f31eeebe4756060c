package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/summaries/digest}: a reader's day over several conversations. */
@Schema(name = "DigestRequest", example = Examples.DIGEST_REQUEST)
public record DigestRequest(
        @NotNull @Schema(required = true, description = "The reader's day", example = "2026-11-25") LocalDate date,
        @Size(max = 64) @Schema(description = "The reader's IANA time zone (default UTC)", example = "America/New_York") String timeZone,
        @Schema(description = "The reader (default: the caller)", nullable = true) UUID readerId,
        @Size(max = 200) @Schema(description = "The reader's display name, to recognise mentions of a reader who wrote nothing that day", nullable = true) String readerName,
        @Min(1) @Max(10) @Schema(description = "Highlights per conversation, 1 to 10 (default 3)") Integer highlightsPerConversation,
        @NotNull @Size(min = 1, max = 50) @Schema(required = true, minItems = 1, maxItems = 50) List<@NotNull @Valid DigestConversationInput> conversations) {
}
