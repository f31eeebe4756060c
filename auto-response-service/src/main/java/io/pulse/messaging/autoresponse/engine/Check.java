package io.pulse.messaging.autoresponse.engine;

/** The verdict of one condition on one message, with the reason in words (for "why did / didn't this fire"). */
public record Check(String condition, boolean passed, String reason) {

    public static Check pass(String condition, String reason) {
        return new Check(condition, true, reason);
    }

    public static Check fail(String condition, String reason) {
        return new Check(condition, false, reason);
    }
}
