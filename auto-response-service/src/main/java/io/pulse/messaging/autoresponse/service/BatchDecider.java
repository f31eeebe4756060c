package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.CooldownKey;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.LogRow;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.OutboxRow;
import io.pulse.messaging.autoresponse.service.OutcomeRecorder.Recorded;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The decisions on a request's prepared messages, in order, in the transaction that records them, with a number of
 * statements that does not grow with the messages: the conversations whose cap matters are locked (one statement, sorted)
 * and their replies of the last hour counted (one); the existing cooldown rows of every slot a reply could claim are locked
 * (one statement, in the database's order, so concurrent batches of the user take row locks in one global order) and read;
 * the messages are decided in memory ({@link BatchPlan}) and one statement claims the slots the replies need. Only a slot
 * that had no row at the lock and was claimed first by a concurrent request meanwhile makes the plan wrong: then it is
 * planned again and the newly needed slots claimed (one more statement per such surprise, at most one per such slot; none
 * in the common case). One statement writes every log row. A deadlock that remains possible through those first inserts
 * (PostgreSQL aborts one side, 40P01) makes {@link EvaluationService} run the recording transaction again, a few times. Outcomes are those of deciding the messages one by one: a loop
 * guard's suppression; for the winning rule the hourly cap, a blank reply (failed), the sender's cooldown (the database
 * decides it under concurrency), then the reply.
 */
@Singleton
public class BatchDecider {

    private static final Comparator<CooldownKey> SLOT_ORDER = Comparator.<CooldownKey, UUID>comparing(CooldownKey::ruleId, BatchPlan::unsigned)
            .thenComparing(CooldownKey::senderKey);

    private final OutcomeStatements statements;
    private final AutoResponseConfig config;
    private final Clock clock;

    public BatchDecider(OutcomeStatements statements, AutoResponseConfig config, Clock clock) {
        this.statements = statements;
        this.config = config;
        this.clock = clock;
    }

    /** The outcomes in order, recorded in the scope's transaction. */
    Uni<List<EvaluationView>> decide(SqlScope scope, Prepared prepared) {
        List<Prepared.Item> items = prepared.items();
        OffsetDateTime now = Timestamps.now(clock);
        List<UUID> conversations = BatchPlan.conversations(items);
        Uni<Map<UUID, Long>> sent = conversations.isEmpty() ? Uni.createFrom().item(Map.of())
                : statements.lockConversations(scope, conversations, now)
                        .chain(() -> statements.sentSince(scope, conversations, now.minusHours(1)));
        return sent.chain(before -> lockSlots(scope, items, now).chain(taken -> settle(scope, items, before, taken, now)))
                .chain(plan -> record(scope, plan, now));
    }

    /** Every slot a reply could claim, locked in one sorted statement; those still in cooldown are known taken (false). */
    private Uni<Map<CooldownKey, Boolean>> lockSlots(SqlScope scope, List<Prepared.Item> items, OffsetDateTime now) {
        List<CooldownKey> slots = items.stream()
                .filter(item -> item.guard().isEmpty() && item.winner() != null && !item.winner().cooldown().isZero())
                .map(item -> new CooldownKey(item.winner().id(), item.message().senderKey())).distinct().sorted(SLOT_ORDER).toList();
        if (slots.isEmpty()) {
            return Uni.createFrom().item(new HashMap<>());
        }
        return statements.lockCooldowns(scope, slots).map(expiries -> {
            Map<CooldownKey, Boolean> claims = new HashMap<>();
            expiries.forEach((slot, expires) -> {
                if (expires.isAfter(now)) {
                    claims.put(slot, false);
                }
            });
            return claims;
        });
    }

    /** The outcomes of messages none of which needs the database (no rule matched, no guard stopped one): nothing to record. */
    List<EvaluationView> unrecorded(Prepared prepared) {
        return prepared.items().stream().map(item -> noRuleMatched(item.message())).toList();
    }

    private Uni<BatchPlan> settle(SqlScope scope, List<Prepared.Item> items, Map<UUID, Long> sentBefore, Map<CooldownKey, Boolean> claims,
                                  OffsetDateTime now) {
        BatchPlan plan = BatchPlan.plan(items, sentBefore, claims, config.conversationLimitPerHour());
        if (plan.unknown().isEmpty()) {
            return Uni.createFrom().item(plan);
        }
        Map<CooldownKey, OffsetDateTime> until = new TreeMap<>(SLOT_ORDER);
        plan.unknown().forEach((slot, cooldown) -> until.put(slot, now.plus(cooldown)));
        return statements.claimCooldowns(scope, until, now).chain(taken -> {
            until.keySet().forEach(slot -> claims.put(slot, taken.contains(slot)));
            return settle(scope, items, sentBefore, claims, now);
        });
    }

    private Uni<List<EvaluationView>> record(SqlScope scope, BatchPlan plan, OffsetDateTime now) {
        List<UUID> ids = newIds(plan.decisions().stream().filter(d -> d.kind() != BatchPlan.Kind.NO_MATCH).count());
        List<LogRow> rows = new ArrayList<>(ids.size());
        List<OutboxRow> events = new ArrayList<>(0);
        List<EvaluationView> views = new ArrayList<>(plan.decisions().size());
        for (BatchPlan.Decision decision : plan.decisions()) {
            if (decision.kind() == BatchPlan.Kind.NO_MATCH) {
                views.add(noRuleMatched(decision.item().message()));
            } else {
                Recorded recorded = recorded(decision, ids.get(rows.size()));
                List<String> tags = Effects.tags(decision.item());
                List<UUID> notified = Effects.notifiedRules(decision.item());
                rows.add(recorded.row().withEffects(tags, notified));
                views.add(recorded.view().withEffects(tags, notified));
                events.addAll(NotifyEvents.of(decision.item(), recorded, tags, now, clock));
            }
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().item(views);
        }
        // the outbox events first, then the log rows: one transaction, so both commit or neither does
        Uni<Void> outbox = events.isEmpty() ? Uni.createFrom().voidItem() : statements.insertOutbox(scope, events, now);
        return outbox.chain(() -> statements.insertLog(scope, rows, now)).replaceWith(views);
    }

    private Recorded recorded(BatchPlan.Decision decision, UUID id) {
        Prepared.Item item = decision.item();
        IncomingMessage message = item.message();
        RuleDefinition rule = item.winner();
        return switch (decision.kind()) {
            case NO_REPLY -> OutcomeRecorder.suppressed(id, message, null, SuppressionReason.NO_REPLY_ACTION, OutcomeDetails.NO_REPLY_ACTION);
            case GUARD -> OutcomeRecorder.suppressed(id, message, null, item.guard().get(), OutcomeDetails.loopGuard(item.guard().get()));
            case CONVERSATION_LIMIT -> OutcomeRecorder.suppressed(id, message, rule, SuppressionReason.CONVERSATION_LIMIT,
                    decision.sentInConversation() + " auto-replies were sent in this conversation in the last hour (limit "
                            + config.conversationLimitPerHour() + ").");
            case EMPTY_REPLY -> OutcomeRecorder.failed(id, message, rule, item.reply(), SuppressionReason.EMPTY_REPLY, OutcomeDetails.EMPTY_REPLY);
            case SENT -> OutcomeRecorder.sent(id, message, rule, item.reply());
            case COOLDOWN -> OutcomeRecorder.suppressed(id, message, rule, SuppressionReason.COOLDOWN,
                    "This rule already answered this sender within its cooldown of " + human(rule.cooldown()) + ".");
            case NO_MATCH -> throw new IllegalStateException("nothing to record");
        };
    }

    private static EvaluationView noRuleMatched(IncomingMessage message) {
        return new EvaluationView(message.messageId(), false, null, null, null, null, null, null, null,
                SuppressionReason.NO_RULE_MATCHED, OutcomeDetails.NO_RULE_MATCHED, null, null, null, null);
    }

    /** Fresh log ids in ascending order: rows created at the same instant then list in the order of their messages. */
    private List<UUID> newIds(long count) {
        List<UUID> ids = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            ids.add(Ids.newId(clock));
        }
        ids.sort(BatchPlan::unsigned);
        return ids;
    }

    private static String human(Duration d) {
        return d.toMinutes() % 1440 == 0 ? d.toDays() + " day(s)" : d.toMinutes() % 60 == 0 ? d.toHours() + " hour(s)" : d.toMinutes() + " minute(s)";
    }
}
