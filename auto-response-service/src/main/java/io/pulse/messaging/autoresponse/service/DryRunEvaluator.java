package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.Check;
import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.ReplySubject;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.EvaluationView.RuleExplanation;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * Dry runs ({@code dryRun=true}): the decision an evaluation would take, with every rule's verdict condition by
 * condition, the guard, cap or cooldown that would suppress the reply, and the text that would be sent. Nothing is
 * logged and no cooldown is claimed.
 */
@Singleton
public class DryRunEvaluator {

    private final OutcomeStatements log;
    private final EvaluationStateRepository state;
    private final AutoResponseConfig config;
    private final Clock clock;

    public DryRunEvaluator(OutcomeStatements log, EvaluationStateRepository state, AutoResponseConfig config, Clock clock) {
        this.log = log;
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    /** What would stop the matching rule's reply; {@link #NOTHING} when it would be sent. */
    private record Suppression(SuppressionReason reason, String detail, OffsetDateTime cooldownUntil) {
        static final Suppression NOTHING = new Suppression(null, null, null);
    }

    /**
     * The explained decision for a prepared message (matched with every verdict kept).
     *
     * @param scope a transaction for the cap and cooldown lookups; unused (and may be null) when the item needs no database
     */
    Uni<EvaluationView> explain(SqlScope scope, Prepared.Item item) {
        IncomingMessage message = item.message();
        List<RuleExplanation> explanation = explanations(item.match());
        if (item.guard().isPresent()) {
            return Uni.createFrom().item(notSent(message, null, item.guard().get(), OutcomeDetails.loopGuard(item.guard().get()),
                    explanation, null));
        }
        RuleDefinition rule = item.winner();
        List<String> tags = Effects.tags(item);
        List<java.util.UUID> notified = Effects.notifiedRules(item);
        if (rule == null) {
            boolean effects = item.hasEffects();
            return Uni.createFrom().item(notSent(message, null, effects ? SuppressionReason.NO_REPLY_ACTION : SuppressionReason.NO_RULE_MATCHED,
                    effects ? OutcomeDetails.NO_REPLY_ACTION : OutcomeDetails.NO_RULE_MATCHED, explanation, null).withEffects(tags, notified));
        }
        return suppression(scope, message, rule, Timestamps.now(clock))
                .map(suppression -> decision(message, rule, item.reply(), suppression, explanation).withEffects(tags, notified));
    }

    private Uni<Suppression> suppression(SqlScope scope, IncomingMessage message, RuleDefinition rule, OffsetDateTime now) {
        return log.sentIn(scope, message.conversationId(), now.minusHours(1))
                .chain(sent -> sent >= config.conversationLimitPerHour()
                        ? Uni.createFrom().item(new Suppression(SuppressionReason.CONVERSATION_LIMIT,
                                sent + " auto-replies were sent in this conversation in the last hour.", null))
                        : cooldown(scope, message, rule, now));
    }

    private Uni<Suppression> cooldown(SqlScope scope, IncomingMessage message, RuleDefinition rule, OffsetDateTime now) {
        if (rule.cooldown().isZero()) {
            return Uni.createFrom().item(Suppression.NOTHING);
        }
        return state.cooldownUntil(scope, rule.id(), message.senderKey(), now).map(until -> until == null ? Suppression.NOTHING
                : new Suppression(SuppressionReason.COOLDOWN, "This rule already answered this sender; the cooldown runs until " + until + ".",
                        until));
    }

    private static EvaluationView decision(IncomingMessage message, RuleDefinition rule, Reply reply, Suppression suppression,
                                           List<RuleExplanation> explanation) {
        if (suppression.reason() != null) {
            return notSent(message, rule, suppression.reason(), suppression.detail(), explanation, suppression.cooldownUntil());
        }
        if (reply.text().isBlank()) {
            return notSent(message, rule, SuppressionReason.EMPTY_REPLY, OutcomeDetails.EMPTY_REPLY, explanation, null);
        }
        return new EvaluationView(message.messageId(), true, rule.id(), rule.name(), reply.text(), reply.personalised(), reply.engine(),
                reply.fallbackReason(), null, null, null, OutcomeRecorder.replyHeaders(null), true, explanation, null,
                ReplySubject.of(rule, message));
    }

    private static EvaluationView notSent(IncomingMessage message, RuleDefinition rule, SuppressionReason reason, String detail,
                                          List<RuleExplanation> explanation, OffsetDateTime cooldownUntil) {
        return new EvaluationView(message.messageId(), false, rule == null ? null : rule.id(), rule == null ? null : rule.name(), null, null,
                null, null, null, reason, detail, null, true, explanation, cooldownUntil);
    }

    private static List<RuleExplanation> explanations(RuleMatcher.Result match) {
        return match.verdicts().stream()
                .map(v -> new RuleExplanation(v.rule().id(), v.rule().name(), v.rule().priority(), v.matched(), v.checks().stream()
                        .map(DryRunEvaluator::verdict).toList(), v.applied().isEmpty() ? null : v.applied()))
                .toList();
    }

    private static EvaluationView.ConditionVerdict verdict(Check check) {
        return new EvaluationView.ConditionVerdict(check.condition(), check.passed(), check.reason(),
                check.members() == null ? null : check.members().stream().map(DryRunEvaluator::verdict).toList());
    }
}
