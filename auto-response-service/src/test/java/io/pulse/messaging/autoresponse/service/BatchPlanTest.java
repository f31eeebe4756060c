package io.pulse.messaging.autoresponse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.engine.Conditions;
import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.engine.Template;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements.CooldownKey;
import io.pulse.messaging.autoresponse.service.BatchPlan.Kind;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;

/** A batch decided in memory takes exactly the decisions of deciding its messages one by one against the database. */
class BatchPlanTest {

    private static final int LIMIT = 2;
    private static final List<RuleDefinition> RULES = List.of(rule(Duration.ofDays(1)), rule(Duration.ofMinutes(30)), rule(Duration.ZERO));

    @Test
    void aFailedClaimFreesRoomForALaterMessageTheCapHadStopped() {
        UUID conversation = UUID.randomUUID();
        RuleDefinition rule = RULES.get(0);
        List<Prepared.Item> items = List.of(item(conversation, "a", rule, "hi"), item(conversation, "b", rule, "hi"),
                item(conversation, "c", rule, "hi"));
        Set<CooldownKey> taken = new HashSet<>(Set.of(new CooldownKey(rule.id(), "email:a@example.com")));

        assertEquals(List.of(Kind.COOLDOWN, Kind.SENT, Kind.SENT), batch(items, Map.of(), taken, new int[1]));
    }

    @Test
    void theBatchDecidesAsOneByOneWouldOnRandomMixes() {
        Random random = new Random(16);
        for (int round = 0; round < 500; round++) {
            List<UUID> conversations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            List<Prepared.Item> items = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                RuleDefinition rule = random.nextInt(6) == 0 ? null : RULES.get(random.nextInt(RULES.size()));
                Prepared.Item item = item(conversations.get(random.nextInt(3)), "s" + random.nextInt(5), rule, random.nextInt(8) == 0 ? " " : "hi");
                items.add(random.nextInt(9) == 0 ? new Prepared.Item(item.message(), null, Optional.of(SuppressionReason.AUTO_SUBMITTED),
                        null, null) : item);
            }
            Map<UUID, Long> sent = Map.of(conversations.get(0), (long) random.nextInt(3));
            Set<CooldownKey> taken = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                taken.add(new CooldownKey(RULES.get(random.nextInt(2)).id(), "email:s" + random.nextInt(5) + "@example.com"));
            }
            int[] claimStatements = new int[1];
            assertEquals(oneByOne(items, sent, new HashSet<>(taken)), batch(items, sent, taken, claimStatements), "round " + round);
        }
    }

    /** The batch's decisions, claiming slots in rounds against {@code taken} (a slot claimed becomes taken). */
    private static List<Kind> batch(List<Prepared.Item> items, Map<UUID, Long> sent, Set<CooldownKey> taken, int[] statements) {
        Map<CooldownKey, Boolean> claims = new HashMap<>();
        while (true) {
            BatchPlan plan = BatchPlan.plan(items, sent, claims, LIMIT);
            if (plan.unknown().isEmpty()) {
                return plan.decisions().stream().map(BatchPlan.Decision::kind).toList();
            }
            statements[0]++;
            plan.unknown().keySet().forEach(slot -> claims.put(slot, taken.add(slot)));
        }
    }

    /** What deciding each message in turn against the database decides (the previous, per-message implementation). */
    private static List<Kind> oneByOne(List<Prepared.Item> items, Map<UUID, Long> sentBefore, Set<CooldownKey> taken) {
        Map<UUID, Long> sent = new HashMap<>(sentBefore);
        List<Kind> kinds = new ArrayList<>();
        for (Prepared.Item item : items) {
            RuleDefinition rule = item.winner();
            Kind kind;
            if (item.guard().isPresent()) {
                kind = Kind.GUARD;
            } else if (rule == null) {
                kind = Kind.NO_MATCH;
            } else if (sent.getOrDefault(item.message().conversationId(), 0L) >= LIMIT) {
                kind = Kind.CONVERSATION_LIMIT;
            } else if (item.reply().text().isBlank()) {
                kind = Kind.EMPTY_REPLY;
            } else {
                kind = rule.cooldown().isZero() || taken.add(new CooldownKey(rule.id(), item.message().senderKey())) ? Kind.SENT : Kind.COOLDOWN;
            }
            if (kind == Kind.SENT) {
                sent.merge(item.message().conversationId(), 1L, Long::sum);
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static Prepared.Item item(UUID conversation, String sender, RuleDefinition rule, String text) {
        IncomingMessage message = new IncomingMessage(UUID.randomUUID(), conversation, null, "Anna", sender + "@example.com", "hi",
                Instant.EPOCH, "email", null, null, false, false, false, false, Map.of());
        return new Prepared.Item(message, null, Optional.empty(), new RuleMatcher.Result(rule, List.of()),
                rule == null ? null : new Reply(text, false, "local"));
    }

    private static RuleDefinition rule(Duration cooldown) {
        return new RuleDefinition(UUID.randomUUID(), "r", true, 1, Instant.EPOCH, Conditions.none(), Template.parse("hi"), null, false,
                Tone.FRIENDLY, ZoneOffset.UTC, cooldown);
    }
}
