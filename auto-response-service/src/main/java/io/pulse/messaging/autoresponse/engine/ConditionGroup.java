package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition group's verdict with every member's (for dry runs): {@code all} holds when every item holds, {@code any}
 * when one does. An item is itself a set of conditions that must all hold; one of a single condition (or a single nested
 * group) is shown as that condition, one of several as "conditions" with each condition's verdict.
 */
public enum ConditionGroup {
    ALL("all"), ANY("any");

    private final String label;

    ConditionGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    Check check(List<Conditions> items, MessageFacts facts) {
        List<Check> members = new ArrayList<>(items.size());
        int holding = 0;
        for (Conditions item : items) {
            Check member = item(item, facts);
            members.add(member);
            holding += member.passed() ? 1 : 0;
        }
        boolean passed = this == ALL ? holding == items.size() : holding > 0;
        String reason = (this == ALL ? "all of " : "any of ") + items.size() + " must hold: " + holding + " hold"
                + (passed ? "" : this == ALL ? ", " + (items.size() - holding) + " fail" : ", none does");
        return new Check(label, passed, reason, members);
    }

    private static Check item(Conditions item, MessageFacts facts) {
        List<Check> checks = item.check(facts, true);
        if (checks.size() == 1) {
            return checks.get(0);
        }
        if (checks.isEmpty()) {
            return Check.pass("conditions", "no conditions: matches every message");
        }
        long failing = checks.stream().filter(c -> !c.passed()).count();
        return new Check("conditions", failing == 0, failing == 0 ? "all " + checks.size() + " hold"
                : failing + " of " + checks.size() + " fail", checks);
    }
}
