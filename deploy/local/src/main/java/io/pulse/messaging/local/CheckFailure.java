package io.pulse.messaging.local;

/** A feature check whose expectation did not hold: the message says what was expected and what came back. */
final class CheckFailure extends RuntimeException {

    CheckFailure(String message) {
        super(message);
    }

    /** Fails with {@code message} unless {@code condition} holds. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new CheckFailure(message);
        }
    }

    /** Fails unless {@code actual} equals {@code expected}, saying what {@code what} was. */
    static void requireEqual(Object expected, Object actual, String what) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new CheckFailure(what + ": expected " + expected + ", got " + actual);
        }
    }
}
