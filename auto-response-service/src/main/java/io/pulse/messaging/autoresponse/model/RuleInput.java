package io.pulse.messaging.autoresponse.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.engine.Tone;

/** A rule as the client writes it (create and full update; a partial update is merged onto the stored rule first). */
@Schema(description = "A rule to create or replace", example = Examples.RULE_INPUT)
@ReplyGiven
public record RuleInput(
        @NotBlank @Size(max = 200) @Schema(example = "Pricing questions") String name,
        @Schema(defaultValue = "true") Boolean enabled,
        @Min(0) @Max(10000) @Schema(description = "Lower is evaluated first; ties go to the older rule", defaultValue = "100") Integer priority,
        @Valid @Schema(description = "All optional; an empty object matches every message") RuleConditions conditions,
        @Size(max = 5000) @Schema(description = "Reply template, required when the rule has a reply action (the default) unless cannedResponseId is given (not both); placeholders: {{sender.name}}, {{sender.firstName}}, "
                + "{{sender.email}}, {{user.name}}, {{user.firstName}}, {{returnDate}}, {{message.snippet}}, {{message.channel}}, "
                + "{{greeting}}; a fallback: {{sender.firstName | \"there\"}}",
                example = "Hi {{sender.firstName | \"there\"}}, our price list is at example.com/prices.") String template,
        @Size(max = 5000) @Schema(description = "Different reply for internal senders (optional)") String internalTemplate,
        @Schema(description = "Let the reply engine personalise the greeting and tone", defaultValue = "false") Boolean personalise,
        @Schema(description = "Send the template rewritten by the language model for each message (its language, what it asks, the "
                + "tone), checked to keep every link and number of the template and to add none; the template is sent whenever the "
                + "model's text cannot be used. Only when the service has a model configured; otherwise the template is sent.",
                defaultValue = "false") Boolean generatedReply,
        @Schema(defaultValue = "friendly") Tone tone,
        @Size(max = 64) @Schema(description = "The user's IANA time zone, for the rule's schedules and "
                + "dates (return date); a greeting's time of day follows the sender's offset (sentAt)", defaultValue = "UTC",
                example = "Europe/Paris") String timeZone,
        @Min(0) @Max(525600) @Schema(description = "Per-sender cooldown in minutes (0: none; default one day)", defaultValue = "1440")
        Integer cooldownMinutes,
        @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(description = "The subject of this rule's email replies; when set it is always used (as Outlook's and Gmail's "
                + "vacation responders do), else an email is answered \"Re: <its subject>\", or \"Automatic reply\" when it has none; "
                + "one line, control characters are removed", example = "Out of office") String replySubject,
        @Schema(description = "Answer with this canned response (/canned-responses) instead of a template of the rule's own: give either this "
                + "or template (400 otherwise). Editing the canned response changes the reply of every rule using it; it cannot be deleted "
                + "while rules use it") java.util.UUID cannedResponseId,
        @Size(min = 1, max = 10) @Schema(description = "What the rule does when it matches; absent: [{\"type\": \"reply\"}]. "
                + "The first matching rule (by priority) with a reply action answers; the tag and notify actions of every matching rule "
                + "apply; skip_other_rules stops evaluation after this rule. Each type at most once; a rule without reply needs no template",
                example = "[{\"type\": \"reply\"}, {\"type\": \"tag\", \"tags\": [\"billing\"]}]")
        List<@NotNull @Valid RuleAction> actions) {

    /** A rule with a template of its own that only replies (no actions given). */
    public RuleInput(String name, Boolean enabled, Integer priority, RuleConditions conditions, String template, String internalTemplate,
                     Boolean personalise, Boolean generatedReply, Tone tone, String timeZone, Integer cooldownMinutes, String replySubject) {
        this(name, enabled, priority, conditions, template, internalTemplate, personalise, generatedReply, tone, timeZone, cooldownMinutes,
                replySubject, null, null);
    }
}
