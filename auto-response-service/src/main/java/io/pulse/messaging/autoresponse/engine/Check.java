package io.pulse.messaging.autoresponse.engine;

import java.util.List;

/**
 * The verdict of one condition on one message, with the reason in words (for "why did / didn't this fire"); a group's
 * verdict ({@code all}, {@code any}) has its members' verdicts, an item of several conditions its conditions' verdicts.
 */
public record Check(String condition, boolean passed, String reason, List<Check> members) {

    public Check {
        members = members == null ? null : List.copyOf(members);
    }

    public Check(String condition, boolean passed, String reason) {
        this(condition, passed, reason, null);
    }

    public static Check pass(String condition, String reason) {
        return new Check(condition, true, reason);
    }

    public static Check fail(String condition, String reason) {
        return new Check(condition, false, reason);
    }
}
