package io.pulse.messaging.autoresponse.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.CooldownKey;

/**
 * The decisions on a request's messages, in order, exactly as deciding them one after another would take them, computed
 * in memory from what one statement each read: the replies each conversation had in the last hour, and the outcome of the
 * first cooldown claim of each (rule, sender) slot. A later claim of a slot in the same request always fails (the first
 * one left it taken, whether it took it or found it taken). A claim not made yet is assumed to succeed; {@link #unknown}
 * lists those, to be claimed and planned again. Assuming success counts the most replies, so the slots claimed are only
 * ever ones the real order claims too (a failed claim only frees room in a conversation, never takes it).
 */
final class BatchPlan {

    /** NO_REPLY: rules matched with tags or notifications but none answers (logged); NO_MATCH: nothing to record. */
    enum Kind { GUARD, NO_MATCH, NO_REPLY, CONVERSATION_LIMIT, EMPTY_REPLY, SENT, COOLDOWN }

    /** One message's decision; {@code sentInConversation} is the count that hit the cap (for its detail). */
    record Decision(Prepared.Item item, Kind kind, long sentInConversation) {
    }

    private final List<Decision> decisions;
    private final Map<CooldownKey, Duration> unknown;

    private BatchPlan(List<Decision> decisions, Map<CooldownKey, Duration> unknown) {
        this.decisions = decisions;
        this.unknown = unknown;
    }

    List<Decision> decisions() {
        return decisions;
    }

    /** Slots first claimed in this plan whose outcome is not known yet, with their rule's cooldown. */
    Map<CooldownKey, Duration> unknown() {
        return unknown;
    }

    /** The conversations whose cap decides a message (a rule matched, no guard stopped it): to lock and count, sorted. */
    static List<UUID> conversations(List<Prepared.Item> items) {
        return items.stream().filter(item -> item.guard().isEmpty() && item.winner() != null)
                .map(item -> item.message().conversationId()).distinct().sorted(BatchPlan::unsigned).toList();
    }

    static BatchPlan plan(List<Prepared.Item> items, Map<UUID, Long> sentBefore, Map<CooldownKey, Boolean> claims, int limit) {
        Map<UUID, Long> sent = new HashMap<>(sentBefore);
        Set<CooldownKey> attempted = new HashSet<>();
        Map<CooldownKey, Duration> unknown = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>(items.size());
        for (Prepared.Item item : items) {
            IncomingMessage message = item.message();
            RuleDefinition rule = item.winner();
            long count = sent.getOrDefault(message.conversationId(), 0L);
            Kind kind;
            if (item.guard().isPresent()) {
                kind = Kind.GUARD;
            } else if (rule == null) {
                kind = item.hasEffects() ? Kind.NO_REPLY : Kind.NO_MATCH;
            } else if (count >= limit) {
                kind = Kind.CONVERSATION_LIMIT;
            } else if (item.reply().text().isBlank()) {
                kind = Kind.EMPTY_REPLY;
            } else {
                kind = claim(rule, message, attempted, claims, unknown) ? Kind.SENT : Kind.COOLDOWN;
            }
            if (kind == Kind.SENT) {
                sent.merge(message.conversationId(), 1L, Long::sum);
            }
            decisions.add(new Decision(item, kind, count));
        }
        return new BatchPlan(List.copyOf(decisions), unknown);
    }

    private static boolean claim(RuleDefinition rule, IncomingMessage message, Set<CooldownKey> attempted, Map<CooldownKey, Boolean> claims,
                                 Map<CooldownKey, Duration> unknown) {
        if (rule.cooldown().isZero()) {
            return true;
        }
        CooldownKey key = new CooldownKey(rule.id(), message.senderKey());
        if (!attempted.add(key)) {
            return false;
        }
        Boolean claimed = claims.get(key);
        if (claimed == null) {
            unknown.put(key, rule.cooldown());
            return true;
        }
        return claimed;
    }

    /** PostgreSQL's order of uuids (their bytes, unsigned). */
    static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
