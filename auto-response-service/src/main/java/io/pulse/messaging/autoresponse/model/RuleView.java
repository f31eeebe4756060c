package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.pulse.messaging.autoresponse.engine.Tone;

/** A rule as the API gives it; {@code warnings} only in answers to a save. */
@Schema(description = "A stored rule", example = RuleView.EXAMPLE)
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
        Tone tone,
        String timeZone,
        int cooldownMinutes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Problems found on save (the rule is saved regardless)", nullable = true)
        List<RuleWarning> warnings) {

    static final String EXAMPLE = """
            {"id": "0192f3a0-2222-7000-8000-000000000002", "kind": "rule", "name": "Pricing questions", "enabled": true, "priority": 10,
             "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}, "channels": ["email"]},
             "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.", "internalTemplate": null,
             "personalise": true, "tone": "friendly", "timeZone": "Europe/Paris", "cooldownMinutes": 1440,
             "createdAt": "2026-06-28T16:02:11.512Z", "updatedAt": "2026-06-28T16:02:11.512Z",
             "warnings": [{"code": "conflict", "otherRuleId": "0192f3a0-2222-7000-8000-000000000009", "otherRuleName": "Quotes",
                           "message": "Rule 'Quotes' has the same priority (10) and can match the same messages; the older rule wins. Give one of them a different priority."}]}""";

    public enum Kind {
        @JsonProperty("rule") RULE,
        @JsonProperty("out_of_office") OUT_OF_OFFICE
    }

    public RuleView withWarnings(List<RuleWarning> warnings) {
        return new RuleView(id, kind, name, enabled, priority, conditions, template, internalTemplate, personalise, tone, timeZone,
                cooldownMinutes, createdAt, updatedAt, warnings);
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
