package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An audit log row as the API gives it. */
@Schema(description = "An auto-reply sent or suppressed", example = Examples.LOG_ENTRY)
public record LogEntryView(
        UUID id,
        @Schema(nullable = true, description = "Null when the message was stopped before any rule (loop guards) or the rule is deleted")
        UUID ruleId,
        UUID conversationId,
        UUID messageId,
        UUID senderId,
        String senderEmail,
        String channel,
        LogStatus status,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true, description = "The text sent") String text,
        boolean personalised,
        @Schema(nullable = true, description = "What wrote the text: local (the rule's template, personalised by the local engine when "
                + "the rule asks), llm:<model> (rewritten by the model, for rules with generatedReply), or local-fallback (the model's "
                + "text could not be used, so the rule's own was sent); null when nothing was sent")
        String engine,
        @Schema(nullable = true, description = "Why the engine is local-fallback: timeout, rate-limited, invalid-output, unavailable, "
                + "circuit-open or over-budget; null otherwise")
        String fallbackReason,
        @Schema(nullable = true, description = "The subject sent with an email reply: the rule's replySubject when "
                + "set, else \"Re: <the message's subject>\", else \"Automatic reply\"; null for other channels and when nothing was sent") String subject,
        OffsetDateTime createdAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The tags of the matching rules' tag actions; absent when none", example = "[\"billing\"]") List<String> tags,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The rules whose notify action applied; absent when none") List<UUID> notifiedRuleIds) {

    public static LogEntryView of(AutoResponseLogEntry e) {
        return new LogEntryView(e.getId(), e.getRuleId(), e.getConversationId(), e.getMessageId(), e.getSenderId(), e.getSenderEmail(),
                e.getChannel(), LogStatus.ofWire(e.getStatus()), e.getReason(), e.getResponseText(), e.isPersonalised(), e.getEngine(),
                e.getFallbackReason(), e.getReplySubject(), e.getCreatedAt(),
                JsonArrays.strings(e.getEffects(), "tags"),
                JsonArrays.strings(e.getEffects(), "notifiedRuleIds").stream().map(UUID::fromString).toList());
    }
}
