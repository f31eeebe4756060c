package io.pulse.messaging.summarization.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.common.validation.PlausibleTime;

/** One message of a conversation as clients send it. */
@Schema(name = "Message", description = "One message of the conversation; any order, the service orders them by sentAt")
public record MessageInput(
        @NotNull @Schema(required = true) UUID id,
        @NotNull @Valid @Schema(required = true) SenderInput sender,
        @NotNull @Size(max = MAX_CONTENT) @Schema(required = true, maxLength = MAX_CONTENT, example = "Bob, can you send the release notes by Friday?") String content,
        @NotNull @PlausibleTime @Schema(required = true, description = "ISO-8601 with offset", example = "2026-11-25T14:03:00Z") OffsetDateTime sentAt,
        @Schema(description = "The message this one answers", nullable = true) UUID replyTo) {

    /** At most this many messages per request (all conversations of a digest together). */
    public static final int MAX_PER_REQUEST = 5000;
    /** At most this many characters per message. */
    public static final int MAX_CONTENT = 20_000;
}
