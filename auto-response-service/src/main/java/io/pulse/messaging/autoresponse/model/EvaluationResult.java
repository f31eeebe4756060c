package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pulse.messaging.autoresponse.engine.SuppressionReason;

/** The answer to one evaluation: the reply to send, or no reply and why. */
@Schema(description = "reply=true: send text (with replyHeaders); reply=false: reason says why not", example = EvaluationResult.EXAMPLE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationResult(
        UUID messageId,
        boolean reply,
        UUID ruleId,
        String ruleName,
        String text,
        Boolean personalised,
        String engine,
        @Schema(description = "The audit log row (absent in dry runs and when no rule matched)") UUID logId,
        @Schema(description = "Why no reply: auto_submitted, bulk_or_list, own_auto_reply, self, cooldown, conversation_limit, "
                + "empty_reply (logged as failed), no_rule_matched")
        SuppressionReason reason,
        String detail,
        @Schema(description = "Headers to put on the reply so that other systems (and this one) recognise it as automatic")
        Map<String, String> replyHeaders,
        @Schema(description = "Dry runs only: true") Boolean dryRun,
        @Schema(description = "Dry runs only: every rule in evaluation order and why it did or did not match") List<RuleExplanation> explanation,
        @Schema(description = "Dry runs only: until when this sender's cooldown runs for the matching rule") OffsetDateTime cooldownUntil) {

    static final String EXAMPLE = """
            {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "reply": true, "ruleId": "0192f3a0-2222-7000-8000-000000000002",
             "ruleName": "Pricing questions", "text": "Good morning, Anna!\\n\\nOur price list is at example.com/prices.",
             "personalised": true, "engine": "local", "logId": "0192f3a0-3333-7000-8000-000000000003",
             "replyHeaders": {"Auto-Submitted": "auto-replied", "X-Pulse-Auto-Reply": "0192f3a0-3333-7000-8000-000000000003"}}""";

    @Schema(description = "One rule's verdict in a dry run", example = EvaluationResult.EXPLANATION_EXAMPLE)
    public record RuleExplanation(UUID ruleId, String ruleName, int priority, boolean matched, List<ConditionVerdict> conditions) {
    }

    @Schema(description = "One condition's verdict")
    public record ConditionVerdict(String condition, boolean passed, String reason) {
    }

    static final String EXPLANATION_EXAMPLE = """
            {"ruleId": "0192f3a0-2222-7000-8000-000000000002", "ruleName": "Pricing questions", "priority": 10, "matched": false,
             "conditions": [{"condition": "keywords", "passed": false, "reason": "no keyword of ['price', 'pricing', 'quote'] occurs"},
                            {"condition": "channels", "passed": true, "reason": "channel email is one of [email]"}]}""";

    @Schema(name = "EvaluationBatchResult", description = "One result per message, in the order sent", example = """
            {"results": [
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "reply": true, "ruleId": "0192f3a0-2222-7000-8000-000000000002",
               "ruleName": "Pricing questions", "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false,
               "engine": "local", "logId": "0192f3a0-3333-7000-8000-000000000003",
               "replyHeaders": {"Auto-Submitted": "auto-replied", "X-Pulse-Auto-Reply": "0192f3a0-3333-7000-8000-000000000003"}},
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e10", "reply": false, "logId": "0192f3a0-3333-7000-8000-000000000004",
               "reason": "bulk_or_list", "detail": "The message is bulk or mailing-list mail."}]}""")
    public record Batch(List<EvaluationResult> results) {
    }
}
