package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The decision on one prepared message, in the transaction that records it: a loop guard's suppression, or for the
 * winning rule the per-conversation hourly cap (under the conversation's lock) and the rule's per-sender cooldown (both
 * decided by the database under concurrency), then the reply or the suppression, logged.
 */
@Singleton
public class OutcomeDecider {

    private final OutcomeRecorder outcomes;
    private final LogRepository log;
    private final EvaluationStateRepository state;
    private final AutoResponseConfig config;
    private final Clock clock;

    public OutcomeDecider(OutcomeRecorder outcomes, LogRepository log, EvaluationStateRepository state, AutoResponseConfig config, Clock clock) {
        this.outcomes = outcomes;
        this.log = log;
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    /** @param scope the recording transaction; unused (and may be null) when the item needs no database */
    Uni<EvaluationView> decide(UserScope scope, Prepared.Item item) {
        IncomingMessage message = item.message();
        if (item.guard().isPresent()) {
            SuppressionReason guard = item.guard().get();
            return outcomes.suppressed(scope, message, null, guard, OutcomeDetails.loopGuard(guard));
        }
        RuleDefinition rule = item.winner();
        if (rule == null) {
            return Uni.createFrom().item(new EvaluationView(message.messageId(), false, null, null, null, null, null, null, null,
                    SuppressionReason.NO_RULE_MATCHED, OutcomeDetails.NO_RULE_MATCHED, null, null, null, null));
        }
        OffsetDateTime now = Timestamps.now(clock);
        int limit = config.conversationLimitPerHour();
        return state.lockConversation(scope, message.conversationId(), now)
                .chain(() -> log.countSentInConversationSince(scope, message.conversationId(), now.minusHours(1)))
                .chain(sent -> sent >= limit
                        ? outcomes.suppressed(scope, message, rule, SuppressionReason.CONVERSATION_LIMIT,
                                sent + " auto-replies were sent in this conversation in the last hour (limit " + limit + ").")
                        : reply(scope, message, rule, item.reply(), now));
    }

    /** A reply that cannot be sent (rendered blank) must not use up the sender's cooldown slot. */
    private Uni<EvaluationView> reply(UserScope scope, IncomingMessage message, RuleDefinition rule, Reply reply, OffsetDateTime now) {
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

    private static String human(Duration d) {
        return d.toMinutes() % 1440 == 0 ? d.toDays() + " day(s)" : d.toMinutes() % 60 == 0 ? d.toHours() + " hour(s)" : d.toMinutes() + " minute(s)";
    }
}
