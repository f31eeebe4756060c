package io.pulse.messaging.summarization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send. Limits are part of the contract and documented in the OpenAPI schema. */
public final class Requests {

    /** At most this many messages per request (all conversations of a digest together). */
    public static final int MAX_MESSAGES = 5000;
    /** At most this many characters per message. */
    public static final int MAX_CONTENT = 20_000;
    public static final int MAX_KEY_POINTS = 20;

    private Requests() {
    }

    @Schema(name = "Sender")
    public record SenderInput(
            @NotNull @Schema(required = true, example = "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11") UUID id,
            @NotBlank @Size(max = 200) @Schema(required = true, example = "Bob Chen") String name) {
    }

    @Schema(name = "Message", description = "One message of the conversation; any order, the service orders them by sentAt")
    public record MessageInput(
            @NotNull @Schema(required = true) UUID id,
            @NotNull @Valid @Schema(required = true) SenderInput sender,
            @NotNull @Size(max = MAX_CONTENT) @Schema(required = true, maxLength = MAX_CONTENT, example = "Bob, can you send the release notes by Friday?") String content,
            @NotNull @Schema(required = true, description = "ISO-8601 with offset", example = "2026-11-25T14:03:00Z") OffsetDateTime sentAt,
            @Schema(description = "The message this one answers", nullable = true) UUID replyTo) {
    }

    @Schema(name = "SummaryOptions")
    public record SummaryOptionsInput(
            @Min(1) @Max(MAX_KEY_POINTS) @Schema(description = "Maximum key points, 1 to 20 (default 5)", example = "5") Integer maxKeyPoints,
            @Schema(description = "The reader (default: the caller); a user may only name themself, a service token anyone", nullable = true) UUID readerId,
            @Size(max = 200) @Schema(description = "The reader's display name, to recognise mentions of a reader who wrote nothing in the thread", nullable = true, example = "Carol Diaz") String readerName,
            @Size(max = 64) @Schema(description = "The reader's IANA time zone (default UTC)", example = "America/New_York") String timeZone,
            @Schema(description = "daily_digest only: the reader's day to cover (default: the day of the latest message)", nullable = true) LocalDate date) {
    }

    @Schema(name = "SummaryRequest", example = Examples.SUMMARY_REQUEST)
    public record SummaryRequest(
            @NotNull @Schema(required = true) UUID conversationId,
            @NotNull @Schema(required = true) SummaryType type,
            @NotNull @Size(min = 1, max = MAX_MESSAGES) @Schema(required = true, minItems = 1, maxItems = MAX_MESSAGES) List<@NotNull @Valid MessageInput> messages,
            @Valid SummaryOptionsInput options) {
    }

    @Schema(name = "DigestConversation input")
    public record DigestConversationInput(
            @NotNull @Schema(required = true) UUID conversationId,
            @Size(max = 200) @Schema(example = "#launch") String title,
            @NotNull @Size(min = 1, max = MAX_MESSAGES) @Schema(required = true, minItems = 1) List<@NotNull @Valid MessageInput> messages) {
    }

    @Schema(name = "DigestRequest", example = Examples.DIGEST_REQUEST)
    public record DigestRequest(
            @NotNull @Schema(required = true, description = "The reader's day", example = "2026-11-25") LocalDate date,
            @Size(max = 64) @Schema(description = "The reader's IANA time zone (default UTC)", example = "America/New_York") String timeZone,
            @Schema(description = "The reader (default: the caller)", nullable = true) UUID readerId,
            @Size(max = 200) @Schema(description = "The reader's display name, to recognise mentions of a reader who wrote nothing that day", nullable = true) String readerName,
            @Min(1) @Max(10) @Schema(description = "Highlights per conversation, 1 to 10 (default 3)") Integer highlightsPerConversation,
            @NotNull @Size(min = 1, max = 50) @Schema(required = true, minItems = 1, maxItems = 50) List<@NotNull @Valid DigestConversationInput> conversations) {
    }
}
