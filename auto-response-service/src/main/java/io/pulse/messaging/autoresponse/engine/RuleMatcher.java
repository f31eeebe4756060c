package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluation of a user's rules in priority order: the first matching rule with a reply action answers; the tag and notify
 * actions of every matching rule apply (a rule without a reply does not stop evaluation); a matching rule with
 * {@code skip_other_rules} stops evaluation after itself. Without {@code explain} each rule stops at its first failing
 * condition, and once a rule answered only rules with other actions are still checked (so rules that only reply cost
 * nothing after the answer, as before actions existed). With {@code explain} every rule is checked and every condition's
 * verdict kept (for dry runs).
 */
public final class RuleMatcher {

    /** One rule's verdict; {@code applied} names the actions other than reply that applied (tag, notify, skip_other_rules). */
    public record RuleVerdict(RuleDefinition rule, boolean matched, List<Check> checks, List<String> applied) {

        public RuleVerdict(RuleDefinition rule, boolean matched, List<Check> checks) {
            this(rule, matched, checks, List.of());
        }
    }

    /** A notify action of a matching rule. */
    public record Notification(RuleDefinition rule, java.util.UUID webhookId) {
    }

    /** The rule that answers (or null), the tags and notifications of every matching rule, and the verdicts gathered on the way. */
    public record Result(RuleDefinition winner, List<RuleVerdict> verdicts, List<String> tags, List<Notification> notifications) {

        public Result(RuleDefinition winner, List<RuleVerdict> verdicts) {
            this(winner, verdicts, List.of(), List.of());
        }

        /** Whether matching rules did something besides (or instead of) answering: tags or notifications. */
        public boolean hasEffects() {
            return !tags.isEmpty() || !notifications.isEmpty();
        }
    }

    /** @param rules enabled rules, already in {@link RuleDefinition#ORDER} */
    public Result match(List<RuleDefinition> rules, IncomingMessage message, boolean explain) {
        MessageFacts facts = new MessageFacts(message);
        RuleDefinition winner = null;
        RuleDefinition skipper = null;
        Set<String> tags = new LinkedHashSet<>();
        List<Notification> notifications = new ArrayList<>(0);
        List<RuleVerdict> verdicts = explain ? new ArrayList<>(rules.size()) : List.of();
        for (RuleDefinition rule : rules) {
            if (skipper != null) {
                if (!explain) {
                    break;
                }
                verdicts.add(new RuleVerdict(rule, false, List.of(Check.fail("skipped", "rule '" + skipper.name()
                        + "' matched and skips other rules"))));
                continue;
            }
            if (!rule.enabled()) {
                if (explain) {
                    verdicts.add(new RuleVerdict(rule, false, List.of(Check.fail("enabled", "rule is disabled"))));
                }
                continue;
            }
            if (!explain) {
                if (winner != null && !rule.actions().hasEffects() || !rule.conditions().matches(facts)) {
                    continue;
                }
            }
            List<Check> checks = explain ? rule.conditions().check(facts, true) : List.of();
            boolean matched = !explain || checks.stream().allMatch(Check::passed);
            if (!matched) {
                verdicts.add(new RuleVerdict(rule, false, checks));
                continue;
            }
            tags.addAll(rule.actions().tags());
            rule.actions().webhooks().forEach(webhook -> notifications.add(new Notification(rule, webhook)));
            boolean answers = rule.actions().reply() && winner == null;
            if (explain) {
                verdicts.add(verdict(rule, checks, winner));
            }
            if (answers) {
                winner = rule;
            }
            if (rule.actions().skipOtherRules()) {
                skipper = rule;
            }
        }
        return new Result(winner, verdicts, List.copyOf(tags), List.copyOf(notifications));
    }

    /** A matching rule's verdict: a replying rule after the one that answered is not matched ("matched first"), its other actions apply. */
    private static RuleVerdict verdict(RuleDefinition rule, List<Check> checks, RuleDefinition winner) {
        List<String> applied = rule.actions().effectNames();
        if (winner != null && rule.actions().reply()) {
            List<Check> shadowed = new ArrayList<>(checks);
            shadowed.add(Check.fail("priority", "rule '" + winner.name() + "' matched first"));
            return new RuleVerdict(rule, false, shadowed, applied);
        }
        return new RuleVerdict(rule, true, checks, applied);
    }
}
