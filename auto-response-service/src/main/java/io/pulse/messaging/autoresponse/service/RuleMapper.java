package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.ReplySubject;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.OutOfOfficeInput;
import io.pulse.messaging.autoresponse.model.OutOfOfficeView;
import io.pulse.messaging.autoresponse.model.RuleAction;
import io.pulse.messaging.autoresponse.model.RuleConditions;
import io.pulse.messaging.autoresponse.model.RuleInput;
import io.pulse.messaging.autoresponse.model.RuleView;
import io.pulse.messaging.autoresponse.repository.RuleRows;

/** Rules between the API and storage: a client's input applied to the stored rule, and the stored rule as the API shows it. */
@Singleton
public class RuleMapper {

    /** A rule's priority when the client gives none (lower is evaluated first). */
    public static final int DEFAULT_PRIORITY = 100;
    /** The out-of-office rule's priority when the client gives none: before every rule of the default priority. */
    public static final int DEFAULT_OUT_OF_OFFICE_PRIORITY = 0;
    /** One reply per sender per day unless the client says otherwise. */
    public static final int DEFAULT_COOLDOWN_MINUTES = 1440;

    private final RuleCompiler compiler;
    private final Clock clock;

    public RuleMapper(RuleCompiler compiler, Clock clock) {
        this.compiler = compiler;
        this.clock = clock;
    }

    /** A rule's fields from a create or full update; absent fields take their defaults. */
    public void apply(AutoResponseRule rule, RuleInput input) {
        rule.setName(input.name().strip());
        rule.setEnabled(input.enabled() == null || input.enabled());
        rule.setPriority(input.priority() == null ? DEFAULT_PRIORITY : input.priority());
        rule.setConditions(compiler.toJson(input.conditions()));
        if (input.cannedResponseId() == null) { // else CannedReplies.resolve copies the canned response's template in
            rule.setResponseTemplate(blankToNull(input.template()));
        }
        rule.setCannedResponseId(input.cannedResponseId());
        rule.setInternalTemplate(blankToNull(input.internalTemplate()));
        rule.setActions(compiler.actionsJson(input.actions()));
        applyReplySettings(rule, input.personalise(), input.tone(), input.timeZone(), input.cooldownMinutes());
        rule.setGeneratedReply(Boolean.TRUE.equals(input.generatedReply()));
        rule.setReplySubject(ReplySubject.clean(input.replySubject()));
    }

    /** The out-of-office rule's fields: a date range, audience and channels as its conditions. */
    public void apply(AutoResponseRule rule, OutOfOfficeInput input) {
        rule.setKind(AutoResponseRule.KIND_OUT_OF_OFFICE);
        rule.setName("Out of office");
        rule.setEnabled(input.enabled() == null || input.enabled());
        rule.setPriority(input.priority() == null ? DEFAULT_OUT_OF_OFFICE_PRIORITY : input.priority());
        RuleConditions.DateRange range = input.from() == null && input.until() == null ? null
                : new RuleConditions.DateRange(input.from(), input.until());
        rule.setConditions(compiler.toJson(new RuleConditions(null, null, null, range, OutOfOfficeAudience.of(input), input.channels())));
        rule.setResponseTemplate(input.message());
        rule.setInternalTemplate(blankToNull(input.internalMessage()));
        applyReplySettings(rule, input.personalise(), input.tone(), input.timeZone(), input.cooldownMinutes());
        rule.setReplySubject(ReplySubject.clean(input.replySubject()));
    }

    private static void applyReplySettings(AutoResponseRule rule, Boolean personalise, Tone tone, String timeZone, Integer cooldownMinutes) {
        rule.setPersonalise(Boolean.TRUE.equals(personalise));
        rule.setTone((tone == null ? Tone.FRIENDLY : tone).name().toLowerCase());
        rule.setTimeZone(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone);
        rule.setCooldownSeconds((cooldownMinutes == null ? DEFAULT_COOLDOWN_MINUTES : cooldownMinutes) * 60);
    }

    public RuleView view(AutoResponseRule rule) {
        return new RuleView(rule.getId(),
                AutoResponseRule.KIND_OUT_OF_OFFICE.equals(rule.getKind()) ? RuleView.Kind.OUT_OF_OFFICE : RuleView.Kind.RULE,
                rule.getName(), rule.isEnabled(), rule.getPriority(), compiler.conditionsOf(rule), rule.getResponseTemplate(),
                rule.getInternalTemplate(), rule.isPersonalise(), rule.isGeneratedReply(), tone(rule), rule.getTimeZone(),
                rule.getCooldownSeconds() / 60, rule.getReplySubject(),
                rule.getCreatedAt(), rule.getUpdatedAt(), actions(rule.getId(), rule.getActions()), null, rule.getCannedResponseId());
    }

    /** A rule as read on the SQL client, as the API shows it (the same view as {@link #view(AutoResponseRule)}). */
    public RuleView view(RuleRows.StoredRule rule) {
        return new RuleView(rule.id(), AutoResponseRule.KIND_OUT_OF_OFFICE.equals(rule.kind()) ? RuleView.Kind.OUT_OF_OFFICE : RuleView.Kind.RULE,
                rule.name(), rule.enabled(), rule.priority(), compiler.conditionsOf(rule.id(), rule.conditions()), rule.template(),
                rule.internalTemplate(), rule.personalise(), rule.generatedReply(), Tone.valueOf(rule.tone().toUpperCase()), rule.timeZone(),
                rule.cooldownSeconds() / 60, rule.replySubject(), rule.createdAt(), rule.updatedAt(), actions(rule.id(), rule.actions()), null,
                rule.cannedResponseId());
    }

    /** The rule as a client would write it: what a merge patch applies to. */
    public RuleInput input(AutoResponseRule rule) {
        RuleView v = view(rule);
        return new RuleInput(v.name(), v.enabled(), v.priority(), v.conditions(), v.cannedResponseId() == null ? v.template() : null,
                v.internalTemplate(), v.personalise(), v.generatedReply(), v.tone(), v.timeZone(), v.cooldownMinutes(), v.replySubject(),
                v.cannedResponseId(), v.actions());
    }

    /** The out-of-office view; {@code active} says whether it answers a message sent now. */
    public OutOfOfficeView outOfOfficeView(AutoResponseRule rule) {
        RuleConditions c = compiler.conditionsOf(rule);
        OffsetDateTime from = c.dateRange() == null ? null : c.dateRange().from();
        OffsetDateTime until = c.dateRange() == null ? null : c.dateRange().until();
        Instant now = clock.instant();
        boolean active = rule.isEnabled() && (from == null || !now.isBefore(from.toInstant())) && (until == null || now.isBefore(until.toInstant()));
        Audience audience = c.audience() == null ? Audience.EVERYONE : c.audience();
        return new OutOfOfficeView(rule.getId(), rule.isEnabled(), active, from, until, rule.getResponseTemplate(), rule.getInternalTemplate(),
                OutOfOfficeAudience.legacy(audience), c.channels() == null ? List.of() : c.channels(), rule.getPriority(),
                rule.isPersonalise(), tone(rule), rule.getTimeZone(), rule.getCooldownSeconds() / 60, rule.getReplySubject(), rule.getUpdatedAt(),
                audience.internal(), audience.external());
    }

    /** A rule's actions as the API shows them: reply alone for a rule stored without any. */
    private List<RuleAction> actions(java.util.UUID id, String stored) {
        List<RuleAction> actions = compiler.actionsOf(id, stored);
        return actions == null ? List.of(RuleAction.REPLY) : actions;
    }

    private static Tone tone(AutoResponseRule rule) {
        return Tone.valueOf(rule.getTone().toUpperCase());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
