package io.pulse.messaging.autoresponse.engine;

import java.util.List;
import java.util.UUID;

/**
 * What a matching rule does: {@code reply} (the first matching rule with it answers), {@code tags} (labels of every
 * matching rule, returned and logged), {@code webhooks} (outbound webhooks notified by every matching rule), and
 * {@code skipOtherRules} (evaluation stops after this rule when it matches).
 */
public record RuleActions(boolean reply, List<String> tags, List<UUID> webhooks, boolean skipOtherRules) {

    /** What a rule without {@code actions} does: reply, and nothing else. */
    public static final RuleActions REPLY_ONLY = new RuleActions(true, List.of(), List.of(), false);

    public RuleActions {
        tags = tags == null ? List.of() : List.copyOf(tags);
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    /** Whether matching this rule matters even after another rule answered: it tags, notifies or stops evaluation. */
    public boolean hasEffects() {
        return !tags.isEmpty() || !webhooks.isEmpty() || skipOtherRules;
    }

    /** The action types that apply when this rule matches and does not answer (for dry runs). */
    public List<String> effectNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>(3);
        if (!tags.isEmpty()) {
            names.add("tag");
        }
        if (!webhooks.isEmpty()) {
            names.add("notify");
        }
        if (skipOtherRules) {
            names.add("skip_other_rules");
        }
        return names;
    }
}
