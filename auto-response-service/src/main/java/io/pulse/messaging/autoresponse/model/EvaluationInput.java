package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.common.validation.PlausibleTime;

/** One incoming message, asking "should this get an auto-reply, and what text?" (alone, in a batch or from the webhook). */
@Schema(name = "IncomingMessage", description = "One incoming message", example = Examples.INCOMING_MESSAGE)
public record EvaluationInput(
        @Schema(description = "The user the message is for; only a service token may name another user than itself; "
                + "defaults to the caller (or X-Pulse-Act-For)") UUID userId,
        @NotNull UUID messageId,
        @NotNull UUID conversationId,
        @NotNull @Valid Sender sender,
        @NotNull @Size(max = EvaluationInput.MAX_CONTENT) String content,
        @PlausibleTime @Schema(description = "When it was sent; defaults to now") OffsetDateTime sentAt,
        @Pattern(regexp = RuleConditions.CHANNEL_PATTERN, message = "must be a lower-case channel name")
        @Schema(example = "email") String channel,
        @Size(max = 200) @Schema(description = "RFC 3834 Auto-Submitted header value (anything but \"no\" is automatic)",
                example = "no") String autoSubmitted,
        @Size(max = 50) @Schema(description = "Precedence header value (bulk, list and junk are never answered)") String precedence,
        @Schema(description = "Bulk mail (newsletters, notifications)", defaultValue = "false") Boolean bulk,
        @Schema(description = "Sent through a mailing list or group", defaultValue = "false") Boolean mailingList,
        @Schema(description = "The caller knows the sender as a contact of the user", defaultValue = "false") Boolean knownContact,
        @Schema(description = "The sender is inside the user's organisation", defaultValue = "false") Boolean internalSender,
        @Size(max = 50) @Schema(description = "Other headers (List-Id, X-Pulse-Auto-Reply, ...), names case-insensitive")
        Map<@Size(max = 100) String, @NotNull @Size(max = 1000) String> headers,
        @Valid @Schema(description = "The user, for {{user.name}} and greeting times") Recipient recipient) {

    /** The longest message content evaluated (characters). */
    public static final int MAX_CONTENT = 20_000;

    @Schema(name = "MessageSender", description = "Who sent the message: an id, an address, or both")
    public record Sender(
            UUID id,
            @Size(max = 200) @Schema(example = "Anna Müller") String name,
            @Email @Size(max = 320) @Schema(example = "anna@example.com") String email) {
    }

    @Schema(name = "MessageRecipient", description = "The user the reply is from")
    public record Recipient(
            @Size(max = 200) @Schema(example = "Bob Stone") String name,
            @Size(max = 64) @Schema(description = "IANA zone; defaults to the rule's", example = "Europe/Paris") String timeZone) {
    }
}
