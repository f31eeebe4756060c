package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests that ask "should this incoming message get an auto-reply?". */
public final class EvaluationInput {

    private EvaluationInput() {
    }

    public static final int MAX_CONTENT = 20_000;
    public static final int MAX_BATCH = 500;

    @Schema(name = "IncomingMessage", description = "One incoming message", example = Message.EXAMPLE)
    public record Message(
            @Schema(description = "The user the message is for; only a service token may name another user than itself; "
                    + "defaults to the caller (or X-Pulse-Act-For)") UUID userId,
            @NotNull UUID messageId,
            @NotNull UUID conversationId,
            @NotNull @Valid Sender sender,
            @NotNull @Size(max = MAX_CONTENT) String content,
            @Schema(description = "When it was sent; defaults to now") OffsetDateTime sentAt,
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
            Map<@Size(max = 100) String, @Size(max = 1000) String> headers,
            @Valid @Schema(description = "The user, for {{user.name}} and greeting times") Recipient recipient) {

        static final String EXAMPLE = """
                {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
                 "sender": {"id": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "name": "Anna Müller", "email": "anna@example.com"},
                 "content": "Hi! What is the price of the premium plan?", "sentAt": "2026-07-03T09:15:00+02:00", "channel": "email",
                 "knownContact": true}""";
    }

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

    @Schema(name = "EvaluationBatch", description = "Up to 500 messages for one user, evaluated in order", example = """
            {"messages": [
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
               "sender": {"name": "Anna Müller", "email": "anna@example.com"}, "content": "What is the price of the premium plan?", "channel": "email"},
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e10", "conversationId": "0192f3a0-0000-7000-8000-000000000002",
               "sender": {"name": "Weekly digest", "email": "digest@news.example.com"}, "content": "This week's top stories", "bulk": true}]}""")
    public record Batch(
            @Schema(description = "The user; defaults to the caller") UUID userId,
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid Message> messages) {
    }

    @Schema(description = "A webhook delivery from a messaging platform: the user it is for and the message", example = """
            {"userId": "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e",
             "message": {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
                         "sender": {"id": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "name": "Anna Müller"},
                         "content": "Are you around this afternoon?", "channel": "chat"}}""")
    public record WebhookDelivery(
            @NotNull UUID userId,
            @NotNull @Valid Message message) {
    }
}
