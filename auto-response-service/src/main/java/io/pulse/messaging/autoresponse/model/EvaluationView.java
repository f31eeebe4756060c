package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pulse.messaging.autoresponse.engine.SuppressionReason;

/** The answer to one evaluation: the reply to send, or no reply and why. */
@Schema(name = "EvaluationResult", description = "reply=true: send text (with replyHeaders); reply=false: reason says why not",
        example = Examples.EVALUATION)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationView(
        UUID messageId,
        boolean reply,
        UUID ruleId,
        String ruleName,
        String text,
        Boolean personalised,
        @Schema(description = "What wrote the text: local (the rule's template, personalised by the local engine when the rule asks), "
                + "llm:<model> (rewritten by the model, for rules with generatedReply), or local-fallback (the model's text could not be "
                + "used, so the rule's own was sent)")
        String engine,
        @Schema(nullable = true, description = "Why the engine is local-fallback: timeout, rate-limited, invalid-output, unavailable, "
                + "circuit-open or over-budget (also when a request asks for more generated replies than one request may make); "
                + "absent otherwise")
        String fallbackReason,
        @Schema(description = "The audit log row (absent in dry runs and when no rule matched)") UUID logId,
        @Schema(description = "Why no reply: auto_submitted, bulk_or_list, own_auto_reply, self, cooldown, conversation_limit, "
                + "empty_reply (logged as failed), audience (a rule, e.g. the out-of-office, matched but its audience leaves this sender "
                + "out; detail says which rule and why; not logged), no_reply_action (rules matched, tagged or notified, but none "
                + "replies; logged), no_rule_matched")
        SuppressionReason reason,
        String detail,
        @Schema(description = "Headers to put on the reply so that other systems (and this one) recognise it as automatic")
        Map<String, String> replyHeaders,
        @Schema(description = "Dry runs only: true") Boolean dryRun,
        @Schema(description = "Dry runs only: every rule in evaluation order and why it did or did not match") List<RuleExplanation> explanation,
        @Schema(description = "Dry runs only: until when this sender's cooldown runs for the matching rule") OffsetDateTime cooldownUntil,
        @Schema(description = "Email replies only (channel email): the subject to send, the rule's replySubject "
                + "when set, else \"Re: <the message's subject>\", else \"Automatic reply\"; absent otherwise") String subject,
        @Schema(description = "Who the sender is to the user (internal or external, a known contact or not, and why), on replies and "
                + "on answers with reason audience; absent otherwise") SenderAudience audience,
        @Schema(description = "The tags of every matching rule's tag action, in evaluation order (also in the log); absent when none",
                example = "[\"billing\"]") List<String> tags,
        @Schema(description = "The rules whose notify action applied: each queued an event for its outbound webhook, in the same "
                + "transaction as the log entry (absent in dry runs' recording, and when none)") List<UUID> notifiedRuleIds) {

    /** An answer with a subject, without the sender's audience, tags or notifications. */
    public EvaluationView(UUID messageId, boolean reply, UUID ruleId, String ruleName, String text, Boolean personalised, String engine,
                          String fallbackReason, UUID logId, SuppressionReason reason, String detail, Map<String, String> replyHeaders,
                          Boolean dryRun, List<RuleExplanation> explanation, OffsetDateTime cooldownUntil, String subject) {
        this(messageId, reply, ruleId, ruleName, text, personalised, engine, fallbackReason, logId, reason, detail, replyHeaders, dryRun,
                explanation, cooldownUntil, subject, null, null, null);
    }

    /** This answer with the sender's audience, and when {@code miss} is given, reason audience with it as the detail. */
    public EvaluationView withAudience(SenderAudience senderAudience, String miss) {
        return new EvaluationView(messageId, reply, ruleId, ruleName, text, personalised, engine, fallbackReason, logId,
                miss == null ? reason : SuppressionReason.AUDIENCE, miss == null ? detail : miss, replyHeaders, dryRun, explanation,
                cooldownUntil, subject, senderAudience, tags, notifiedRuleIds);
    }

    /** This answer with the tags and notifying rules of the matching rules (null for none). */
    public EvaluationView withEffects(List<String> tags, List<UUID> notifiedRuleIds) {
        return new EvaluationView(messageId, reply, ruleId, ruleName, text, personalised, engine, fallbackReason, logId, reason, detail,
                replyHeaders, dryRun, explanation, cooldownUntil, subject, audience, tags == null || tags.isEmpty() ? null : tags,
                notifiedRuleIds == null || notifiedRuleIds.isEmpty() ? null : notifiedRuleIds);
    }

    @Schema(description = "Who the sender is to the user, which decides which audience of a rule they are in and which text they get",
            example = "{\"group\": \"external\", \"knownContact\": true, \"because\": \"external (partner.example.org is not one of your "
                    + "domains), a known contact (in your contacts)\"}")
    public record SenderAudience(
            @Schema(description = "internal (the caller's internalSender flag, or an address in one of the user's domains) or external")
            String group,
            @Schema(description = "The caller's knownContact flag, or listed in the user's contacts") boolean knownContact,
            @Schema(description = "Why, in words") String because) {
    }

    /** An answer without a subject (no reply, or not an email). */
    public EvaluationView(UUID messageId, boolean reply, UUID ruleId, String ruleName, String text, Boolean personalised, String engine,
                          String fallbackReason, UUID logId, SuppressionReason reason, String detail, Map<String, String> replyHeaders,
                          Boolean dryRun, List<RuleExplanation> explanation, OffsetDateTime cooldownUntil) {
        this(messageId, reply, ruleId, ruleName, text, personalised, engine, fallbackReason, logId, reason, detail, replyHeaders, dryRun,
                explanation, cooldownUntil, (String) null);
    }

    @Schema(description = "One rule's verdict in a dry run", example = Examples.RULE_EXPLANATION)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleExplanation(UUID ruleId, String ruleName, int priority, boolean matched, List<ConditionVerdict> conditions,
                                  @Schema(description = "The actions besides reply that applied when the rule matched (tag, notify, "
                                          + "skip_other_rules); absent when none") List<String> appliedActions) {

        public RuleExplanation(UUID ruleId, String ruleName, int priority, boolean matched, List<ConditionVerdict> conditions) {
            this(ruleId, ruleName, priority, matched, conditions, null);
        }
    }

    @Schema(description = "One condition's verdict; a group's (condition all or any) lists each member's verdict in members, an item of "
            + "several conditions (condition conditions) each condition's")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionVerdict(String condition, boolean passed, String reason,
                                   @Schema(nullable = true, description = "The members' verdicts of a group or of a group's item")
                                   List<ConditionVerdict> members) {

        public ConditionVerdict(String condition, boolean passed, String reason) {
            this(condition, passed, reason, null);
        }
    }
}
