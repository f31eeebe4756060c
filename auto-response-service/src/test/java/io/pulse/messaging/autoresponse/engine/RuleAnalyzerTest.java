package io.pulse.messaging.autoresponse.engine;

import static io.pulse.messaging.autoresponse.engine.RuleMatcherTest.keywords;
import static io.pulse.messaging.autoresponse.engine.RuleMatcherTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RuleAnalyzerTest {

    private final RuleAnalyzer analyzer = new RuleAnalyzer();
    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aCatchAllWithHigherPriorityShadowsEverythingAfterIt() {
        RuleDefinition catchAll = rule("catch-all", 1, t0, Conditions.none());
        RuleDefinition pricing = rule("pricing", 5, t0, keywords("price"));
        List<RuleAnalyzer.Warning> warnings = analyzer.analyze(pricing, List.of(catchAll));
        assertEquals(1, warnings.size());
        assertEquals(RuleAnalyzer.WarningKind.SHADOWED, warnings.get(0).kind());
        assertTrue(warnings.get(0).message().contains("catch-all"));
        // The other way round nothing is wrong: the specific rule comes first.
        assertEquals(List.of(), analyzer.analyze(rule("catch-all", 9, t0, Conditions.none()), List.of(pricing)));
    }

    @Test
    void keywordSupersetsShadowButDifferentKeywordsDoNot() {
        RuleDefinition broad = rule("broad", 1, t0, keywords("price", "cost", "quote"));
        assertEquals(RuleAnalyzer.WarningKind.SHADOWED,
                analyzer.analyze(rule("narrow", 2, t0, keywords("Price", "cost")), List.of(broad)).get(0).kind());
        assertEquals(List.of(), analyzer.analyze(rule("other", 2, t0, keywords("price", "refund")), List.of(broad)));
        Conditions allOf = new Conditions(new KeywordCondition(KeywordMode.ALL, List.of("refund", "price"), null), null, null, null, null, null);
        assertEquals(RuleAnalyzer.WarningKind.SHADOWED, analyzer.analyze(rule("all", 2, t0, allOf), List.of(broad)).get(0).kind());
    }

    @Test
    void aNarrowerAudienceOrChannelDoesNotShadow() {
        Conditions chatOnly = new Conditions(null, null, null, null, null, Set.of("chat"));
        RuleDefinition chat = rule("chat", 1, t0, chatOnly);
        assertEquals(List.of(), analyzer.analyze(rule("any channel", 2, t0, Conditions.none()), List.of(chat)));
        assertEquals(RuleAnalyzer.WarningKind.SHADOWED, analyzer.analyze(
                rule("chat too", 2, t0, new Conditions(null, null, null, null, Audience.INTERNAL_ONLY, Set.of("chat"))),
                List.of(chat)).get(0).kind());
    }

    @Test
    void samePriorityAndOverlappingIsAConflictUnlessDisjoint() {
        RuleDefinition a = rule("a", 5, t0, keywords("price"));
        RuleDefinition b = rule("b", 5, t0.plusSeconds(1), keywords("refund"));
        List<RuleAnalyzer.Warning> warnings = analyzer.analyze(b, List.of(a));
        assertEquals(RuleAnalyzer.WarningKind.CONFLICT, warnings.get(0).kind());
        RuleDefinition email = rule("email", 5, t0, new Conditions(null, null, null, null, null, Set.of("email")));
        RuleDefinition sms = rule("sms", 5, t0.plusSeconds(1), new Conditions(null, null, null, null, null, Set.of("sms")));
        assertEquals(List.of(), analyzer.analyze(sms, List.of(email)));
        RuleDefinition july = rule("july", 5, t0, new Conditions(null, null, null,
                new DateRange(Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-08-01T00:00:00Z")), null, null));
        RuleDefinition august = rule("august", 5, t0.plusSeconds(1), new Conditions(null, null, null,
                new DateRange(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-09-01T00:00:00Z")), null, null));
        assertEquals(List.of(), analyzer.analyze(august, List.of(july)));
    }

    @Test
    void disabledRulesAreIgnored() {
        RuleDefinition catchAll = rule("catch-all", 1, t0, Conditions.none());
        RuleDefinition off = new RuleDefinition(catchAll.id(), "off", false, 1, t0, Conditions.none(), catchAll.template(), null,
                false, Tone.FRIENDLY, catchAll.timeZone(), catchAll.cooldown());
        assertEquals(List.of(), analyzer.analyze(rule("x", 2, t0, keywords("x")), List.of(off)));
    }
}
