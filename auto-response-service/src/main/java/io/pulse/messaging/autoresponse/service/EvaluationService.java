package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.LoopGuard;
import io.pulse.messaging.autoresponse.engine.Names;
import io.pulse.messaging.autoresponse.engine.ReplyEngine;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.engine.Text;
import io.pulse.messaging.autoresponse.model.AutoResponseLogEntry;
import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationResult;
import io.pulse.messaging.autoresponse.model.LogStatus;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * "Should this incoming message get an auto-reply, and what text?" Loop guards first (no rule can opt out of them),
 * then the first matching rule in priority order, then the per-conversation hourly cap and the rule's per-sender
 * cooldown (both decided by the database under concurrency), then rendering and personalisation. Every reply
 * sent and every suppression is logged in the same transaction as the cooldown it took.
 */
@ApplicationScoped
public class EvaluationService {

    private static final DateTimeFormatter RETURN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Ownership ownership;
    private final RuleCache cache;
    private final RuleMatcher matcher;
    private final ReplyEngine replyEngine;
    private final LogRepository log;
    private final EvaluationStateRepository state;
    private final AutoResponseConfig config;
    private final Clock clock;

    public EvaluationService(Ownership ownership, RuleCache cache, RuleMatcher matcher, ReplyEngine replyEngine, LogRepository log,
                             EvaluationStateRepository state, AutoResponseConfig config, Clock clock) {
        this.ownership = ownership;
        this.cache = cache;
        this.matcher = matcher;
        this.replyEngine = replyEngine;
        this.log = log;
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    /** Who the reply is from, as far as the caller told (the token's name, or the payload's recipient). */
    public record UserInfo(UUID id, String name, ZoneId zone) {

        public UserInfo(UUID id, String name) {
            this(id, name, null);
        }

        /** The payload's recipient (name, zone) overrides what the token said. */
        UserInfo forMessage(EvaluationInput.Message message) {
            EvaluationInput.Recipient r = message.recipient();
            if (r == null) {
                return this;
            }
            return new UserInfo(id, r.name() != null && !r.name().isBlank() ? r.name() : name,
                    r.timeZone() != null && !r.timeZone().isBlank() ? ZoneId.of(r.timeZone()) : zone);
        }
    }

    public Uni<EvaluationResult> evaluate(UserInfo user, EvaluationInput.Message message, boolean dryRun) {
        validateZone(message, "recipient.timeZone");
        return ownership.asUser(user.id(), scope -> evaluateIn(scope, user, message, dryRun));
    }

    /** All messages for one user in one transaction, in order; a later message sees the cooldowns earlier ones took. */
    public Uni<List<EvaluationResult>> evaluateBatch(UserInfo user, List<EvaluationInput.Message> messages, boolean dryRun) {
        for (int i = 0; i < messages.size(); i++) {
            validateZone(messages.get(i), "messages[" + i + "].recipient.timeZone");
        }
        return ownership.asUser(user.id(), scope -> {
            List<EvaluationResult> results = new ArrayList<>(messages.size());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (EvaluationInput.Message message : messages) {
                chain = chain.chain(() -> evaluateIn(scope, user, message, dryRun).invoke(results::add)).replaceWithVoid();
            }
            return chain.replaceWith(results);
        });
    }

    /** Runs inside an already-open user scope (the webhook uses it after recording the delivery). */
    public Uni<EvaluationResult> evaluateIn(UserScope scope, UserInfo caller, EvaluationInput.Message input, boolean dryRun) {
        IncomingMessage message = toMessage(input);
        UserInfo user = caller.forMessage(input);
        Optional<SuppressionReason> guard = LoopGuard.check(message, scope.userId());
        if (guard.isPresent()) {
            String detail = switch (guard.get()) {
                case AUTO_SUBMITTED -> "The message is itself automatic (Auto-Submitted, an auto-responder header or a no-reply address).";
                case BULK_OR_LIST -> "The message is bulk or mailing-list mail.";
                case OWN_AUTO_REPLY -> "The message is an auto-reply this service produced.";
                case SELF -> "The sender is the user themself.";
                default -> guard.get().wire();
            };
            if (dryRun) {
                return cache.enabledRules(scope).map(rules -> dry(input, null, guard.get(), detail, explain(rules, message), null));
            }
            return suppress(scope, message, null, guard.get(), detail);
        }
        return cache.enabledRules(scope).chain(rules -> {
            RuleMatcher.Result match = matcher.match(rules, message, dryRun);
            RuleDefinition rule = match.winner();
            if (rule == null) {
                EvaluationResult none = new EvaluationResult(message.messageId(), false, null, null, null, null, null, null,
                        SuppressionReason.NO_RULE_MATCHED, "No enabled rule matches this message.", null,
                        dryRun ? true : null, dryRun ? explanations(match) : null, null);
                return Uni.createFrom().item(none);
            }
            OffsetDateTime now = now();
            if (dryRun) {
                return dryRunGuards(scope, message, rule, now).map(outcome -> {
                    Reply reply = render(rule, message, user);
                    if (outcome.reason() != null) {
                        return dry(input, rule, outcome.reason(), outcome.detail(), explanations(match), outcome.cooldownUntil());
                    }
                    if (reply.text().isBlank()) {
                        return dry(input, rule, SuppressionReason.EMPTY_REPLY, EMPTY_REPLY_DETAIL, explanations(match), null);
                    }
                    return new EvaluationResult(message.messageId(), true, rule.id(), rule.name(), reply.text(), reply.personalised(),
                            reply.engine(), null, null, null, replyHeaders(null), true, explanations(match), null);
                });
            }
            return state.lockConversation(scope, message.conversationId())
                    .chain(() -> log.countSentInConversationSince(scope, message.conversationId(), now.minusHours(1)))
                    .chain(sent -> {
                        if (sent >= config.conversationLimitPerHour()) {
                            return suppress(scope, message, rule, SuppressionReason.CONVERSATION_LIMIT,
                                    sent + " auto-replies were sent in this conversation in the last hour (limit "
                                            + config.conversationLimitPerHour() + ").");
                        }
                        // Rendered before the cooldown is claimed: a reply that cannot be sent must not use up the sender's slot.
                        Reply reply = render(rule, message, user);
                        if (reply.text().isBlank()) {
                            return fail(scope, message, rule, reply, SuppressionReason.EMPTY_REPLY, EMPTY_REPLY_DETAIL);
                        }
                        Uni<Boolean> claimed = rule.cooldown().isZero() ? Uni.createFrom().item(true)
                                : state.claimCooldown(scope, rule.id(), message.senderKey(), now, now.plus(rule.cooldown()));
                        return claimed.chain(ok -> ok
                                ? send(scope, message, rule, reply)
                                : suppress(scope, message, rule, SuppressionReason.COOLDOWN,
                                        "This rule already answered this sender within its cooldown of " + human(rule.cooldown()) + "."));
                    });
        });
    }

    private static final String EMPTY_REPLY_DETAIL = "The rule's reply is empty for this message (its template is only placeholders "
            + "without values and without fallbacks); nothing was sent and the sender's cooldown was not used.";

    private record Reply(String text, boolean personalised, String engine) {
    }

    private record GuardOutcome(SuppressionReason reason, String detail, OffsetDateTime cooldownUntil) {
    }

    private Uni<GuardOutcome> dryRunGuards(UserScope scope, IncomingMessage message, RuleDefinition rule, OffsetDateTime now) {
        return log.countSentInConversationSince(scope, message.conversationId(), now.minusHours(1)).chain(sent -> {
            if (sent >= config.conversationLimitPerHour()) {
                return Uni.createFrom().item(new GuardOutcome(SuppressionReason.CONVERSATION_LIMIT,
                        sent + " auto-replies were sent in this conversation in the last hour.", null));
            }
            if (rule.cooldown().isZero()) {
                return Uni.createFrom().item(new GuardOutcome(null, null, null));
            }
            return state.cooldownUntil(scope, rule.id(), message.senderKey(), now).map(until -> until == null
                    ? new GuardOutcome(null, null, null)
                    : new GuardOutcome(SuppressionReason.COOLDOWN, "This rule already answered this sender; the cooldown runs until " + until + ".", until));
        });
    }

    /** Renders the rule's template for this message and lets the reply engine personalise it; never fails. */
    private Reply render(RuleDefinition rule, IncomingMessage message, UserInfo user) {
        Map<String, String> values = new HashMap<>();
        values.put("sender.name", message.senderName());
        values.put("sender.firstName", message.senderFirstName());
        values.put("sender.email", message.senderEmail());
        values.put("user.name", user.name());
        values.put("user.firstName", Names.firstName(user.name(), null));
        values.put("message.snippet", Text.snippet(message.content(), 80));
        values.put("message.channel", message.channel());
        ZoneId zone = user.zone() != null ? user.zone() : rule.timeZone();
        if (rule.conditions().dateRange() != null && rule.conditions().dateRange().until() != null) {
            values.put("returnDate", RETURN_DATE.format(rule.conditions().dateRange().until().atZone(zone)));
        }
        int hour = message.sentAt().atZone(zone).getHour();
        values.put("greeting", hour >= 5 && hour < 12 ? "Good morning" : hour >= 12 && hour < 17 ? "Good afternoon"
                : hour >= 17 && hour < 22 ? "Good evening" : "Hello");
        String rendered = rule.templateFor(message).render(values);
        if (!rule.personalise()) {
            return new Reply(rendered, false, replyEngine.name());
        }
        try {
            ReplyEngine.Reply reply = replyEngine.personalise(new ReplyEngine.Request(rendered, rule.tone(), message.senderFirstName(),
                    user.name(), message.sentAt(), zone));
            return new Reply(reply.text(), reply.personalised(), reply.engine());
        } catch (RuntimeException e) {
            Log.warnf(e, "Reply engine %s failed; the rendered template is sent", replyEngine.name());
            return new Reply(rendered, false, "local-fallback");
        }
    }

    private Uni<EvaluationResult> send(UserScope scope, IncomingMessage message, RuleDefinition rule, Reply reply) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.SENT, null);
        entry.setResponseText(reply.text());
        entry.setPersonalised(reply.personalised());
        entry.setEngine(reply.engine());
        return log.persist(scope, entry).map(saved -> new EvaluationResult(message.messageId(), true, rule.id(), rule.name(), reply.text(),
                reply.personalised(), reply.engine(), saved.getId(), null, null, replyHeaders(saved.getId()), null, null, null));
    }

    /** A matching rule whose reply could not be produced: logged as failed, no cooldown taken. */
    private Uni<EvaluationResult> fail(UserScope scope, IncomingMessage message, RuleDefinition rule, Reply reply, SuppressionReason reason,
                                       String detail) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.FAILED, reason);
        entry.setEngine(reply.engine());
        return log.persist(scope, entry).map(saved -> new EvaluationResult(message.messageId(), false, rule.id(), rule.name(), null, null,
                reply.engine(), saved.getId(), reason, detail, null, null, null, null));
    }

    private Uni<EvaluationResult> suppress(UserScope scope, IncomingMessage message, RuleDefinition rule, SuppressionReason reason, String detail) {
        AutoResponseLogEntry entry = entry(message, rule, LogStatus.SUPPRESSED, reason);
        return log.persist(scope, entry).map(saved -> new EvaluationResult(message.messageId(), false, rule == null ? null : rule.id(),
                rule == null ? null : rule.name(), null, null, null, saved.getId(), reason, detail, null, null, null, null));
    }

    private AutoResponseLogEntry entry(IncomingMessage message, RuleDefinition rule, LogStatus status, SuppressionReason reason) {
        AutoResponseLogEntry entry = new AutoResponseLogEntry();
        entry.setRuleId(rule == null ? null : rule.id());
        entry.setConversationId(message.conversationId());
        entry.setMessageId(message.messageId());
        entry.setSenderId(message.senderId());
        entry.setSenderEmail(message.normalizedEmail());
        entry.setSenderKey(message.senderKey());
        entry.setChannel(message.channel());
        entry.setStatus(status.wire());
        entry.setReason(reason == null ? null : reason.wire());
        return entry;
    }

    private static Map<String, String> replyHeaders(UUID logId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-replied");
        headers.put(LoopGuard.OWN_REPLY_HEADER, logId == null ? "dry-run" : logId.toString());
        return headers;
    }

    private EvaluationResult dry(EvaluationInput.Message input, RuleDefinition rule, SuppressionReason reason, String detail,
                                 List<EvaluationResult.RuleExplanation> explanation, OffsetDateTime cooldownUntil) {
        return new EvaluationResult(input.messageId(), false, rule == null ? null : rule.id(), rule == null ? null : rule.name(), null, null,
                null, null, reason, detail, null, true, explanation, cooldownUntil);
    }

    private List<EvaluationResult.RuleExplanation> explain(List<RuleDefinition> rules, IncomingMessage message) {
        return explanations(matcher.match(rules, message, true));
    }

    private static List<EvaluationResult.RuleExplanation> explanations(RuleMatcher.Result match) {
        return match.verdicts().stream().map(v -> new EvaluationResult.RuleExplanation(v.rule().id(), v.rule().name(), v.rule().priority(),
                v.matched(), v.checks().stream().map(c -> new EvaluationResult.ConditionVerdict(c.condition(), c.passed(), c.reason())).toList()))
                .toList();
    }

    private IncomingMessage toMessage(EvaluationInput.Message m) {
        Instant sentAt = m.sentAt() == null ? clock.instant() : m.sentAt().toInstant();
        EvaluationInput.Sender s = m.sender();
        return new IncomingMessage(m.messageId(), m.conversationId(), s.id(), s.name(), s.email(), m.content(), sentAt,
                m.channel(), m.autoSubmitted(), m.precedence(), Boolean.TRUE.equals(m.bulk()), Boolean.TRUE.equals(m.mailingList()),
                Boolean.TRUE.equals(m.knownContact()), Boolean.TRUE.equals(m.internalSender()), m.headers());
    }

    private static void validateZone(EvaluationInput.Message m, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (m.sender() != null && m.sender().id() == null && (m.sender().email() == null || m.sender().email().isBlank())) {
            errors.add(new FieldError(field.replace("recipient.timeZone", "sender"), "needs an id or an email"));
        }
        if (m.recipient() != null && m.recipient().timeZone() != null) {
            RuleCompiler.zone(m.recipient().timeZone(), field, errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String human(Duration d) {
        return d.toMinutes() % 1440 == 0 ? d.toDays() + " day(s)" : d.toMinutes() % 60 == 0 ? d.toHours() + " hour(s)" : d.toMinutes() + " minute(s)";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
