package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.pulse.messaging.autoresponse.engine.Tone;

/** A rule as the API gives it; {@code warnings} only in answers to a save. */
@Schema(description = "A stored rule", example = Examples.RULE)
public record RuleView(
        UUID id,
        @Schema(description = "rule, or out_of_office for the rule managed by /out-of-office") Kind kind,
        String name,
        boolean enabled,
        int priority,
        RuleConditions conditions,
        String template,
        String internalTemplate,
        boolean personalise,
        @Schema(description = "Whether the reply sent is the template rewritten by the language model for each message")
        boolean generatedReply,
        Tone tone,
        String timeZone,
        int cooldownMinutes,
        @Schema(nullable = true, description = "The subject of this rule's email replies (used whenever set; else \"Re: <the message's subject>\", "
                + "else \"Automatic reply\")") String replySubject,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "What the rule does when it matches (reply, tag, notify, skip_other_rules)") List<RuleAction> actions,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Problems found on save (the rule is saved regardless)", nullable = true)
        List<RuleWarning> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The canned response this rule answers with (template is then its current text); absent otherwise",
                nullable = true) UUID cannedResponseId) {

    public RuleView(UUID id, Kind kind, String name, boolean enabled, int priority, RuleConditions conditions, String template,
                    String internalTemplate, boolean personalise, boolean generatedReply, Tone tone, String timeZone, int cooldownMinutes,
                    String replySubject, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<RuleWarning> warnings) {
        this(id, kind, name, enabled, priority, conditions, template, internalTemplate, personalise, generatedReply, tone, timeZone,
                cooldownMinutes, replySubject, createdAt, updatedAt, List.of(RuleAction.REPLY), warnings, null);
    }

    public enum Kind {
        @JsonProperty("rule") RULE,
        @JsonProperty("out_of_office") OUT_OF_OFFICE
    }

    public RuleView withWarnings(List<RuleWarning> warnings) {
        return new RuleView(id, kind, name, enabled, priority, conditions, template, internalTemplate, personalise, generatedReply, tone, timeZone,
                cooldownMinutes, replySubject, createdAt, updatedAt, actions, warnings, cannedResponseId);
    }

    @Schema(description = "A rule that can never fire, or two rules that compete")
    public record RuleWarning(
            @Schema(description = "shadowed: a rule evaluated first always matches first; conflict: same priority and overlapping conditions")
            String code,
            UUID otherRuleId,
            String otherRuleName,
            String message) {
    }
}
