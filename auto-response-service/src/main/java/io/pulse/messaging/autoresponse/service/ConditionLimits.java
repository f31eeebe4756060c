package io.pulse.messaging.autoresponse.service;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.model.RuleConditions;

/** How many conditions a rule has, its groups' items included, and how many it may have. */
final class ConditionLimits {

    /** Conditions per rule, counting every condition of every group item (a group itself is not counted). */
    static final int MAX_CONDITIONS = 50;

    private ConditionLimits() {
    }

    static int count(RuleConditions c) {
        if (c == null) {
            return 0;
        }
        int n = 0;
        n += c.keywords() == null ? 0 : 1;
        n += c.senders() == null ? 0 : 1;
        n += c.schedule() == null ? 0 : 1;
        n += c.dateRange() == null ? 0 : 1;
        n += c.audience() == null || c.audience() == Audience.EVERYONE ? 0 : 1;
        n += c.channels() == null || c.channels().isEmpty() ? 0 : 1;
        if (c.all() != null) {
            for (RuleConditions item : c.all()) {
                n += count(item);
            }
        }
        if (c.any() != null) {
            for (RuleConditions item : c.any()) {
                n += count(item);
            }
        }
        return n;
    }
}
