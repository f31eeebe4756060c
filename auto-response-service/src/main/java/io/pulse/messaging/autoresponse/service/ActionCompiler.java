package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.autoresponse.engine.RuleActions;
import io.pulse.messaging.autoresponse.model.RuleAction;
import io.pulse.messaging.common.error.FieldError;

/**
 * A rule's actions as the API gives them turned into the engine's, with a field error for each problem: a type given twice,
 * a tag action without tags, a notify action without a webhook, a field that belongs to another type.
 */
final class ActionCompiler {

    private ActionCompiler() {
    }

    /** @param actions as given (null: reply only) */
    static RuleActions compile(List<RuleAction> actions, List<FieldError> errors) {
        if (actions == null) {
            return RuleActions.REPLY_ONLY;
        }
        Set<RuleAction.Type> seen = EnumSet.noneOf(RuleAction.Type.class);
        Set<String> tags = new LinkedHashSet<>();
        List<UUID> webhooks = new ArrayList<>(1);
        for (int i = 0; i < actions.size(); i++) {
            RuleAction action = actions.get(i);
            String field = "actions[" + i + "]";
            if (action == null || action.type() == null) {
                errors.add(new FieldError(field + ".type", "must be reply, tag, notify or skip_other_rules"));
                continue;
            }
            if (!seen.add(action.type())) {
                errors.add(new FieldError(field + ".type", "a rule has at most one " + action.type().wire() + " action"));
            }
            boolean tagAction = action.type() == RuleAction.Type.TAG;
            boolean notifyAction = action.type() == RuleAction.Type.NOTIFY;
            if (tagAction && (action.tags() == null || action.tags().isEmpty())) {
                errors.add(new FieldError(field + ".tags", "a tag action needs at least one tag"));
            } else if (!tagAction && action.tags() != null) {
                errors.add(new FieldError(field + ".tags", "only a tag action has tags"));
            } else if (tagAction) {
                tags.addAll(action.tags());
            }
            if (notifyAction && action.webhookId() == null) {
                errors.add(new FieldError(field + ".webhookId", "a notify action needs the id of one of your outbound webhooks"));
            } else if (!notifyAction && action.webhookId() != null) {
                errors.add(new FieldError(field + ".webhookId", "only a notify action has a webhookId"));
            } else if (notifyAction) {
                webhooks.add(action.webhookId());
            }
        }
        return new RuleActions(seen.contains(RuleAction.Type.REPLY), List.copyOf(tags), webhooks,
                seen.contains(RuleAction.Type.SKIP_OTHER_RULES));
    }
}
