package io.pulse.messaging.autoresponse.engine;

import java.util.List;

/** Why no rule answered a sender when a rule's audience was all that stood in the way (for the evaluation's answer). */
public final class AudienceMiss {

    private AudienceMiss() {
    }

    /**
     * The first rule (in evaluation order) whose every condition but its audience holds for the message, said in words;
     * null when there is none. Only rules with an audience narrower than everyone are checked.
     */
    public static String find(List<RuleDefinition> rules, IncomingMessage message) {
        MessageFacts facts = null;
        for (RuleDefinition rule : rules) {
            if (!rule.enabled() || rule.conditions().audience() == Audience.EVERYONE) {
                continue;
            }
            facts = facts == null ? new MessageFacts(message) : facts;
            List<Check> checks = rule.conditions().check(facts, true);
            List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
            if (failed.size() == 1 && "audience".equals(failed.get(0).condition())) {
                return "Rule '" + rule.name() + "' matches this message but does not answer this sender: " + failed.get(0).reason() + ".";
            }
        }
        return null;
    }
}
