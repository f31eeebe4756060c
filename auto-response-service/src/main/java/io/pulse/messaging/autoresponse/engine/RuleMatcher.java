package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * First-match-wins evaluation of a user's rules in priority order. With {@code explain} every rule is checked
 * and every condition's verdict kept (for dry runs); otherwise it stops at the first rule that matches and each
 * rule at its first failing condition.
 */
public final class RuleMatcher {

    /** One rule's verdict. */
    public record RuleVerdict(RuleDefinition rule, boolean matched, List<Check> checks) {
    }

    /** The first matching rule (or null), and the verdicts gathered on the way. */
    public record Result(RuleDefinition winner, List<RuleVerdict> verdicts) {
    }

    /** @param rules enabled rules, already in {@link RuleDefinition#ORDER} */
    public Result match(List<RuleDefinition> rules, IncomingMessage message, boolean explain) {
        MessageFacts facts = new MessageFacts(message);
        RuleDefinition winner = null;
        List<RuleVerdict> verdicts = explain ? new ArrayList<>(rules.size()) : List.of();
        for (RuleDefinition rule : rules) {
            if (!rule.enabled()) {
                if (explain) {
                    verdicts.add(new RuleVerdict(rule, false, List.of(Check.fail("enabled", "rule is disabled"))));
                }
                continue;
            }
            if (!explain) {
                if (rule.conditions().matches(facts)) {
                    winner = rule;
                    break;
                }
                continue;
            }
            List<Check> checks = rule.conditions().check(facts, true);
            boolean matched = checks.stream().allMatch(Check::passed);
            if (explain) {
                if (matched && winner != null) {
                    List<Check> shadowed = new ArrayList<>(checks);
                    shadowed.add(Check.fail("priority", "rule '" + winner.name() + "' matched first"));
                    verdicts.add(new RuleVerdict(rule, false, shadowed));
                } else {
                    verdicts.add(new RuleVerdict(rule, matched, checks));
                }
            }
            if (matched && winner == null) {
                winner = rule;
                if (!explain) {
                    break;
                }
            }
        }
        return new Result(winner, verdicts);
    }
}
