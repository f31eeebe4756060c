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

import com.fasterxml.jackson.annotation.JsonFormat;

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
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) // keep the sender's offset
        @PlausibleTime @Schema(description = "When it was sent, with the sender's UTC offset when known (a greeting uses the "
                + "sender's time of day from it; none, or an offset of zero, gives a neutral greeting); defaults to now") OffsetDateTime sentAt,
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
        @Valid @Schema(description = "The user, for {{user.name}}") Recipient recipient,
        @Size(max = 998) @Schema(description = "The message's subject (email); an email reply is answered \"Re: <subject>\" "
                + "unless the rule has its own replySubject (control characters are removed)",
                example = "Premium plan price") String subject) {

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
            @Size(max = 64) @Schema(description = "IANA zone of the user, for dates such as {{returnDate}}; defaults to the rule's",
                    example = "Europe/Paris") String timeZone) {
    }
}
