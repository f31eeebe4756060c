package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.LoopGuard;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * "Should this incoming message get an auto-reply, and what text?" Loop guards first (no rule can opt out of them),
 * then the first matching rule in priority order, then the per-conversation hourly cap and the rule's per-sender
 * cooldown (both decided by the database under concurrency), then rendering and personalisation. Every reply sent
 * and every suppression is logged in the same transaction as the cooldown it took. Dry runs are {@link DryRunEvaluator}'s.
 *
 * <p>The transaction is opened with {@link Ownership#asUser}, not {@code @AsCurrentUser}: the user may be named in
 * the body (a service token's {@code userId}, checked by the resource with {@code CurrentUser.actFor}) or by a
 * verified webhook signature, and {@code @AsCurrentUser} knows only the token and {@code X-Pulse-Act-For}.
 */
@ApplicationScoped
public class EvaluationService {

    private final Ownership ownership;
    private final RuleCache cache;
    private final RuleMatcher matcher;
    private final ReplyRenderer renderer;
    private final OutcomeRecorder outcomes;
    private final DryRunEvaluator dryRuns;
    private final LogRepository log;
    private final EvaluationStateRepository state;
    private final AutoResponseConfig config;
    private final Clock clock;

    public EvaluationService(Ownership ownership, RuleCache cache, RuleMatcher matcher, ReplyRenderer renderer, OutcomeRecorder outcomes,
                             DryRunEvaluator dryRuns, LogRepository log, EvaluationStateRepository state, AutoResponseConfig config,
                             Clock clock) {
        this.ownership = ownership;
        this.cache = cache;
        this.matcher = matcher;
        this.renderer = renderer;
        this.outcomes = outcomes;
        this.dryRuns = dryRuns;
        this.log = log;
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    public Uni<EvaluationView> evaluate(Responder user, EvaluationInput message, boolean dryRun) {
        check(message, "");
        return ownership.asUser(user.id(), scope -> evaluateIn(scope, user, message, dryRun));
    }

    /** All messages for one user in one transaction, in order; a later message sees the cooldowns earlier ones took. */
    public Uni<List<EvaluationView>> evaluateBatch(Responder user, List<EvaluationInput> messages, boolean dryRun) {
        for (int i = 0; i < messages.size(); i++) {
            check(messages.get(i), "messages[" + i + "].");
        }
        return ownership.asUser(user.id(), scope -> inOrder(scope, user, messages, dryRun));
    }

    /** Runs inside an already-open user transaction (the webhook's, after it recorded the delivery). */
    public Uni<EvaluationView> evaluateIn(UserScope scope, Responder caller, EvaluationInput input, boolean dryRun) {
        IncomingMessage message = toMessage(input);
        Responder user = caller.forMessage(input);
        Optional<SuppressionReason> guard = LoopGuard.check(message, scope.userId());
        if (dryRun) {
            return cache.enabledRules(scope).chain(rules -> dryRuns.explain(scope, message, user, rules, guard));
        }
        if (guard.isPresent()) {
            return outcomes.suppressed(scope, message, null, guard.get(), OutcomeDetails.loopGuard(guard.get()));
        }
        return cache.enabledRules(scope).chain(rules -> answer(scope, message, user, rules));
    }

    private Uni<List<EvaluationView>> inOrder(UserScope scope, Responder user, List<EvaluationInput> messages, boolean dryRun) {
        List<EvaluationView> results = new ArrayList<>(messages.size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EvaluationInput message : messages) {
            chain = chain.chain(() -> evaluateIn(scope, user, message, dryRun).invoke(results::add)).replaceWithVoid();
        }
        return chain.replaceWith(results);
    }

    /** The first matching rule, then the conversation cap under the conversation's lock. */
    private Uni<EvaluationView> answer(UserScope scope, IncomingMessage message, Responder user, List<RuleDefinition> rules) {
        RuleDefinition rule = matcher.match(rules, message, false).winner();
        if (rule == null) {
            return Uni.createFrom().item(new EvaluationView(message.messageId(), false, null, null, null, null, null, null,
                    SuppressionReason.NO_RULE_MATCHED, OutcomeDetails.NO_RULE_MATCHED, null, null, null, null));
        }
        OffsetDateTime now = Timestamps.now(clock);
        int limit = config.conversationLimitPerHour();
        return state.lockConversation(scope, message.conversationId())
                .chain(() -> log.countSentInConversationSince(scope, message.conversationId(), now.minusHours(1)))
                .chain(sent -> sent >= limit
                        ? outcomes.suppressed(scope, message, rule, SuppressionReason.CONVERSATION_LIMIT,
                                sent + " auto-replies were sent in this conversation in the last hour (limit " + limit + ").")
                        : reply(scope, message, user, rule, now));
    }

    /** Rendered before the cooldown is claimed: a reply that cannot be sent must not use up the sender's slot. */
    private Uni<EvaluationView> reply(UserScope scope, IncomingMessage message, Responder user, RuleDefinition rule, OffsetDateTime now) {
        Reply reply = renderer.render(rule, message, user);
        if (reply.text().isBlank()) {
            return outcomes.failed(scope, message, rule, reply, SuppressionReason.EMPTY_REPLY, OutcomeDetails.EMPTY_REPLY);
        }
        return claimCooldown(scope, message, rule, now).chain(claimed -> claimed
                ? outcomes.sent(scope, message, rule, reply)
                : outcomes.suppressed(scope, message, rule, SuppressionReason.COOLDOWN,
                        "This rule already answered this sender within its cooldown of " + human(rule.cooldown()) + "."));
    }

    private Uni<Boolean> claimCooldown(UserScope scope, IncomingMessage message, RuleDefinition rule, OffsetDateTime now) {
        if (rule.cooldown().isZero()) {
            return Uni.createFrom().item(true);
        }
        return state.claimCooldown(scope, rule.id(), message.senderKey(), now, now.plus(rule.cooldown()));
    }

    private IncomingMessage toMessage(EvaluationInput m) {
        Instant sentAt = m.sentAt() == null ? clock.instant() : m.sentAt().toInstant();
        EvaluationInput.Sender s = m.sender();
        return new IncomingMessage(m.messageId(), m.conversationId(), s.id(), s.name(), s.email(), m.content(), sentAt,
                m.channel(), m.autoSubmitted(), m.precedence(), Boolean.TRUE.equals(m.bulk()), Boolean.TRUE.equals(m.mailingList()),
                Boolean.TRUE.equals(m.knownContact()), Boolean.TRUE.equals(m.internalSender()), m.headers());
    }

    /** What Bean Validation cannot say: a sender needs an id or an address, a recipient's zone must be an IANA zone. */
    private static void check(EvaluationInput m, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (m.sender() != null && m.sender().id() == null && (m.sender().email() == null || m.sender().email().isBlank())) {
            errors.add(new FieldError(prefix + "sender", "needs an id or an email"));
        }
        if (m.recipient() != null && m.recipient().timeZone() != null) {
            RuleCompiler.zone(m.recipient().timeZone(), prefix + "recipient.timeZone", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String human(Duration d) {
        return d.toMinutes() % 1440 == 0 ? d.toDays() + " day(s)" : d.toMinutes() % 60 == 0 ? d.toHours() + " hour(s)" : d.toMinutes() + " minute(s)";
    }
}
