package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RuleMatcherTest {

    private final RuleMatcher matcher = new RuleMatcher();

    static RuleDefinition rule(String name, int priority, Instant created, Conditions conditions) {
        return new RuleDefinition(UUID.randomUUID(), name, true, priority, created, conditions,
                Template.parse("Reply from " + name), null, false, Tone.FRIENDLY, ZoneOffset.UTC, Duration.ofDays(1));
    }

    static Conditions keywords(String... terms) {
        return new Conditions(new KeywordCondition(KeywordMode.ANY, List.of(terms), null), null, null, null, null, null);
    }

    private static List<RuleDefinition> sorted(RuleDefinition... rules) {
        List<RuleDefinition> list = new ArrayList<>(List.of(rules));
        list.sort(RuleDefinition.ORDER);
        return list;
    }

    @Test
    void lowerPriorityNumberWinsAndTiesGoToTheOlderRule() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        RuleDefinition general = rule("general", 100, t0, Conditions.none());
        RuleDefinition pricing = rule("pricing", 10, t0.plusSeconds(60), keywords("price"));
        RuleDefinition pricingTwin = rule("pricing twin", 10, t0.plusSeconds(120), keywords("price"));
        List<RuleDefinition> rules = sorted(general, pricingTwin, pricing);

        assertEquals(pricing, matcher.match(rules, Messages.of("what's the price?").build(), false).winner());
        assertEquals(general, matcher.match(rules, Messages.of("hello").build(), false).winner());
    }

    @Test
    void noMatchWithoutRules() {
        assertNull(matcher.match(List.of(), Messages.of("hello").build(), true).winner());
    }

    @Test
    void explainGivesEveryRulesVerdictAndWhyTheLoserLost() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        RuleDefinition first = rule("first", 1, t0, keywords("refund"));
        RuleDefinition second = rule("second", 2, t0, Conditions.none());
        RuleDefinition third = rule("third", 3, t0, keywords("zebra"));
        RuleMatcher.Result result = matcher.match(sorted(first, second, third), Messages.of("I want a refund").build(), true);
        assertEquals(first, result.winner());
        assertEquals(3, result.verdicts().size());
        assertTrue(result.verdicts().get(0).matched());
        assertFalse(result.verdicts().get(1).matched());
        assertTrue(result.verdicts().get(1).checks().stream().anyMatch(c -> c.condition().equals("priority")
                && c.reason().contains("'first' matched first")));
        assertFalse(result.verdicts().get(2).matched());
        assertTrue(result.verdicts().get(2).checks().get(0).reason().contains("'zebra'"));
    }

    @Test
    void allConditionsMustHold() {
        Conditions everything = new Conditions(
                new KeywordCondition(KeywordMode.ANY, List.of("help"), null),
                new SenderCondition(null, null, Set.of("example.com"), null, Set.of("boss@example.com"), null),
                null,
                new DateRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z")),
                Audience.KNOWN_CONTACTS,
                Set.of("email", "chat"));
        RuleDefinition rule = rule("all", 1, Instant.EPOCH, everything);
        Messages ok = Messages.of("please help").flags(true, false);
        assertEquals(rule, matcher.match(List.of(rule), ok.build(), false).winner());
        assertNull(matcher.match(List.of(rule), Messages.of("hello").flags(true, false).build(), false).winner());
        assertNull(matcher.match(List.of(rule), ok.flags(false, true).build(), false).winner(), "audience");
        assertNull(matcher.match(List.of(rule), ok.on("sms").build(), false).winner(), "channel");
        assertNull(matcher.match(List.of(rule), ok.on(null).build(), false).winner(), "no channel");
        assertNull(matcher.match(List.of(rule), ok.at(Instant.parse("2026-03-10T00:00:00Z")).build(), false).winner(), "date range");
        assertNull(matcher.match(List.of(rule), ok.from(null, "anna@other.org").build(), false).winner(), "domain");
        assertEquals(rule, matcher.match(List.of(rule), ok.from(null, "Anna@Mail.Example.com").build(), false).winner(), "subdomain");
        assertNull(matcher.match(List.of(rule), ok.from(null, "BOSS@example.com").build(), false).winner(), "excluded");
    }

    @Test
    void sendersByIdAndAudienceInternalOnly() {
        UUID vip = UUID.randomUUID();
        Conditions c = new Conditions(null, new SenderCondition(Set.of(vip), Set.of("ceo@corp.io"), null, null, null, null),
                null, null, Audience.INTERNAL_ONLY, null);
        RuleDefinition rule = rule("vip", 1, Instant.EPOCH, c);
        assertEquals(rule, matcher.match(List.of(rule), Messages.of("x").from(vip, null).flags(false, true).build(), false).winner());
        assertEquals(rule, matcher.match(List.of(rule), Messages.of("x").from(null, "ceo@corp.io").flags(false, true).build(), false).winner());
        assertNull(matcher.match(List.of(rule), Messages.of("x").from(vip, null).flags(true, false).build(), false).winner());
        assertNull(matcher.match(List.of(rule), Messages.of("x").from(UUID.randomUUID(), "cfo@corp.io").flags(false, true).build(), false).winner());
    }

    @Test
    void theInternalTemplateIsUsedForInternalSenders() {
        RuleDefinition ooo = new RuleDefinition(UUID.randomUUID(), "ooo", true, 0, Instant.EPOCH, Conditions.none(),
                Template.parse("external"), Template.parse("internal"), false, Tone.FRIENDLY, ZoneOffset.UTC, Duration.ofDays(1));
        assertEquals("internal", ooo.templateFor(Messages.of("x").flags(false, true).build()).source());
        assertEquals("external", ooo.templateFor(Messages.of("x").build()).source());
    }

    @Test
    void disabledRulesNeverMatch() {
        RuleDefinition off = new RuleDefinition(UUID.randomUUID(), "off", false, 0, Instant.EPOCH, Conditions.none(),
                Template.parse("x"), null, false, Tone.FRIENDLY, ZoneOffset.UTC, Duration.ofDays(1));
        RuleMatcher.Result result = matcher.match(List.of(off), Messages.of("x").build(), true);
        assertNull(result.winner());
        assertEquals("enabled", result.verdicts().get(0).checks().get(0).condition());
    }
}
