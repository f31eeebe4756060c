package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit log row as the API gives it. */
@Schema(description = "An auto-reply sent or suppressed", example = LogEntryView.EXAMPLE)
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
        String engine,
        OffsetDateTime createdAt) {

    static final String EXAMPLE = """
            {"id": "0192f3a0-3333-7000-8000-000000000003", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
             "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f",
             "senderId": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "senderEmail": "anna@example.com", "channel": "email",
             "status": "sent", "reason": null, "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false,
             "engine": "local", "createdAt": "2026-07-03T07:15:00.123Z"}""";

    public static LogEntryView of(AutoResponseLogEntry e) {
        return new LogEntryView(e.getId(), e.getRuleId(), e.getConversationId(), e.getMessageId(), e.getSenderId(), e.getSenderEmail(),
                e.getChannel(), LogStatus.ofWire(e.getStatus()), e.getReason(), e.getResponseText(), e.isPersonalised(), e.getEngine(),
                e.getCreatedAt());
    }

    @Schema(description = "What a rule did", example = """
            {"ruleId": "0192f3a0-2222-7000-8000-000000000002", "sent": 12, "suppressed": 5,
             "suppressedByReason": {"cooldown": 4, "conversation_limit": 1}, "failed": 0, "lastFiredAt": "2026-07-03T07:15:00Z"}""")
    public record RuleStats(UUID ruleId, long sent, long suppressed, Map<String, Long> suppressedByReason, long failed,
                            @Schema(nullable = true) OffsetDateTime lastFiredAt) {
    }
}
