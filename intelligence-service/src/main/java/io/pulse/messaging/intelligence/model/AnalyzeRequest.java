package io.pulse.messaging.intelligence.model;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.common.validation.PlausibleTime;

/** Messages of a conversation to analyse (the whole thread or only what is new) and the user's own topics. */
@Schema(name = "AnalyzeRequest", description = "Messages to analyse; messages already analysed (by id) are skipped.",
        example = Examples.ANALYZE_REQUEST)
public record AnalyzeRequest(
        @NotEmpty @Size(max = 1000)
        @Schema(description = "1 to 1,000 messages, in any order") List<@NotNull @Valid MessageInput> messages,
        @Size(max = 20)
        @Schema(description = "Topics the user defines, matched by meaning alongside the built-in taxonomy")
        List<@NotNull @Valid TopicInput> topics,
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Schema(description = "What the conversation is called (1 to 200 characters; optional: a later analysis that gives "
                + "none keeps the last one given)", example = "Export fails with a 500") String title,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,31}", message = "must be 1 to 32 letters, digits, '_', '.' or '-'")
        @Schema(description = "Where the conversation takes place (email, chat, slack, phone, ...: 1 to 32 letters, digits, "
                + "'_', '.' or '-', stored in lower case; optional: the latest given wins)", example = "email") String channel) {

    /** A request without title or channel. */
    public AnalyzeRequest(List<MessageInput> messages, List<TopicInput> topics) {
        this(messages, topics, null, null);
    }

    /** One message. */
    @Schema(name = "MessageInput")
    public record MessageInput(
            @NotBlank @Size(max = 128) @Schema(description = "The message's id in the client's system", example = "m-1042") String id,
            @NotNull @Valid Sender sender,
            @NotBlank @Size(max = 10_000) @Schema(description = "The message text", example = "Can we move the demo to Friday?") String content,
            @NotNull @PlausibleTime @Schema(description = "When it was sent (ISO-8601 with offset)", example = "2026-11-24T09:15:00Z") OffsetDateTime sentAt,
            @Size(max = 128) @Schema(description = "The id of the message it replies to", nullable = true) String replyTo) {
    }

    /** Who sent it. */
    @Schema(name = "Sender")
    public record Sender(
            @NotBlank @Size(max = 128) @Schema(example = "u-alice") String id,
            @Size(max = 200) @Schema(example = "Alice Martin") String name) {
    }

    /** A user-defined topic. */
    @Schema(name = "TopicInput")
    public record TopicInput(
            @NotBlank @Size(max = 60) @Schema(example = "office move") String name,
            @NotBlank @Size(max = 500) @Schema(example = "Moving to the new office: desks, boxes, movers, keys") String description,
            @Size(max = 20) @Schema(description = "Optional keywords shown as evidence") List<@NotBlank @Size(max = 40) String> keywords) {
    }
}
