package io.pulse.messaging.common.ai;

import java.util.Locale;

/** Why the local engine answered although a model is configured; responses carry it as {@code fallbackReason}. */
public enum FallbackReason {
    /** The model did not answer within the feature's timeout. */
    TIMEOUT,
    /** The provider answered 429 (after the one retry its Retry-After allowed), or this replica's calls were all busy. */
    RATE_LIMITED,
    /** The answer was not JSON of the asked shape, or nothing in it survived validation against the input. */
    INVALID_OUTPUT,
    /** The provider could not be reached or failed (5xx after one retry, refused connection, rejected key). */
    UNAVAILABLE,
    /** Recent calls failed so often that the circuit breaker is open: no call was made. */
    CIRCUIT_OPEN,
    /** The input would not fit the token budget even cut down. */
    OVER_BUDGET;

    /** The wire form: {@code rate-limited}, {@code invalid-output}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
