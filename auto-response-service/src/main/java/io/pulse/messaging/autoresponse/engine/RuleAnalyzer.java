package io.pulse.messaging.autoresponse.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Static checks run when a rule is saved: whether an earlier rule (in evaluation order) matches every message
 * this one matches, so this one can never fire; and whether another enabled rule of the same priority can match
 * the same messages, so only creation time decides between them. Both are sound in one direction: "shadowed"
 * is reported only when it is provable from the conditions; "conflict" whenever the two are not provably
 * disjoint.
 */
public final class RuleAnalyzer {

    public enum WarningKind {
        SHADOWED, CONFLICT
    }

    public record Warning(WarningKind kind, RuleDefinition other, String message) {
    }

    /** @param others the user's other rules (any order; disabled ones are ignored) */
    public List<Warning> analyze(RuleDefinition rule, List<RuleDefinition> others) {
        List<Warning> warnings = new ArrayList<>();
        if (!rule.enabled()) {
            return warnings;
        }
        for (RuleDefinition other : others.stream().filter(RuleDefinition::enabled)
                .filter(o -> !o.id().equals(rule.id())).sorted(RuleDefinition.ORDER).toList()) {
            boolean earlier = RuleDefinition.ORDER.compare(other, rule) < 0;
            // only a rule that stops evaluation (skip_other_rules), or answers first where this one would only answer, hides it
            boolean hides = other.actions().skipOtherRules() || other.actions().reply() && rule.actions().reply() && !rule.actions().hasEffects();
            // priority decides only between two replying rules
            boolean competes = other.actions().reply() && rule.actions().reply();
            if (earlier && hides && implies(rule.conditions(), other.conditions())) {
                warnings.add(new Warning(WarningKind.SHADOWED, other, "This rule can never fire: rule '" + other.name()
                        + "' (priority " + other.priority() + ") is evaluated first and matches every message this one matches."));
            } else if (competes && other.priority() == rule.priority() && mayOverlap(rule.conditions(), other.conditions())) {
                warnings.add(new Warning(WarningKind.CONFLICT, other, "Rule '" + other.name()
                        + "' has the same priority (" + rule.priority() + ") and can match the same messages; the older rule wins. "
                        + "Give one of them a different priority."));
            }
        }
        return warnings;
    }

    /** Whether every message matching {@code narrow} also matches {@code broad}. */
    static boolean implies(Conditions narrow, Conditions broad) {
        // a group of the broad rule is not analysed: it is never proven to hold (groups of the narrow one only narrow it)
        return !broad.grouped() && keywordsImply(narrow.keywords(), broad.keywords())
                && (broad.senders() == null || broad.senders().equals(narrow.senders()) || !hasAny(broad.senders()))
                && (broad.schedule() == null || broad.schedule().equals(narrow.schedule()))
                && (broad.dateRange() == null || (narrow.dateRange() != null && broad.dateRange().covers(narrow.dateRange())))
                && (broad.audience() == Audience.EVERYONE || broad.audience() == narrow.audience())
                && (broad.channels().isEmpty() || (!narrow.channels().isEmpty() && broad.channels().containsAll(narrow.channels())));
    }

    private static boolean hasAny(SenderCondition s) {
        return s.hasIncludes() || !s.excludeIds().isEmpty() || !s.excludeEmails().isEmpty() || !s.excludeDomains().isEmpty();
    }

    private static boolean keywordsImply(KeywordCondition narrow, KeywordCondition broad) {
        if (broad == null || (broad.terms().isEmpty() && broad.regex() == null)) {
            return true;
        }
        if (narrow == null || broad.regex() != null && (narrow.regex() == null || !narrow.regex().source().equals(broad.regex().source()))) {
            return false;
        }
        if (broad.terms().isEmpty()) {
            return true;
        }
        if (narrow.terms().isEmpty()) {
            return false;
        }
        Set<String> broadTerms = new HashSet<>(broad.foldedTerms());
        List<String> narrowTerms = narrow.foldedTerms();
        return switch (broad.mode()) {
            // any: one of the broad terms is always present when the narrow rule matches
            case ANY, PHRASE -> narrow.mode() == KeywordMode.ALL
                    ? narrowTerms.stream().anyMatch(broadTerms::contains)
                    : broadTerms.containsAll(narrowTerms);
            // all: every broad term is always present
            case ALL -> narrow.mode() == KeywordMode.ALL
                    ? new HashSet<>(narrowTerms).containsAll(broadTerms)
                    : narrowTerms.size() == 1 && broadTerms.size() == 1 && broadTerms.contains(narrowTerms.get(0));
        };
    }

    /** False only when no message can match both. */
    static boolean mayOverlap(Conditions a, Conditions b) {
        if (!a.channels().isEmpty() && !b.channels().isEmpty() && a.channels().stream().noneMatch(b.channels()::contains)) {
            return false;
        }
        if (a.dateRange() != null && b.dateRange() != null && !a.dateRange().overlaps(b.dateRange())) {
            return false;
        }
        if (a.schedule() != null && b.schedule() != null && a.schedule().zone().equals(b.schedule().zone())
                && !a.schedule().wrapsMidnight() && !b.schedule().wrapsMidnight()) {
            Set<DayOfWeek> common = EnumSet.copyOf(a.schedule().days());
            common.retainAll(b.schedule().days());
            boolean timesOverlap = a.schedule().start().isBefore(b.schedule().end()) && b.schedule().start().isBefore(a.schedule().end());
            if (common.isEmpty() || !timesOverlap) {
                return false;
            }
        }
        if (a.senders() != null && b.senders() != null && a.senders().domains().isEmpty() && b.senders().domains().isEmpty()) {
            SenderCondition x = a.senders();
            SenderCondition y = b.senders();
            // one sender has one id and one address, so lists of different kinds can still name the same person
            boolean idsOnly = !x.ids().isEmpty() && !y.ids().isEmpty() && x.emails().isEmpty() && y.emails().isEmpty();
            boolean emailsOnly = !x.emails().isEmpty() && !y.emails().isEmpty() && x.ids().isEmpty() && y.ids().isEmpty();
            if (idsOnly && x.ids().stream().noneMatch(y.ids()::contains)
                    || emailsOnly && x.emails().stream().noneMatch(y.emails()::contains)) {
                return false;
            }
        }
        return true;
    }
}
