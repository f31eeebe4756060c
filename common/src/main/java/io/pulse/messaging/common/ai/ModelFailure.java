package io.pulse.messaging.common.ai;

/** A model call that produced nothing usable, and why; the caller answers with the local engine instead. */
public class ModelFailure extends Exception {

    private final FallbackReason reason;

    public ModelFailure(FallbackReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public ModelFailure(FallbackReason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public FallbackReason reason() {
        return reason;
    }
}
