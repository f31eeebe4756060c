package io.pulse.messaging.common.ai;

import java.time.Duration;
import java.util.OptionalLong;

import dev.langchain4j.exception.InternalServerException;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Which failed attempts are retried, and after how long. Safe to retry: a 429 (the provider asks us to come back; we
 * wait its Retry-After when the answer says one, else one second) and a 5xx or a broken connection (after 250 ms).
 * Never retried: a 4xx other than 429 (a bad key or model stays bad), a timeout (the deadline is spent), or an attempt
 * whose wait would not fit in the call's deadline (the local engine answers now instead).
 */
final class RetryPolicy {

    static final long DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;
    static final long SERVER_ERROR_WAIT_MS = 250;

    private RetryPolicy() {
    }

    static boolean worthRetrying(Throwable failure) {
        OptionalLong wait = waitBefore(failure);
        return wait.isPresent() && wait.getAsLong() < Deadline.remainingMillis() - 500;
    }

    /** Failures that say the model is unwell (not ones the retry or our own limits caused) open the circuit. */
    static boolean countsAgainstModel(Throwable failure) {
        return Failures.status(failure) != 429;
    }

    static OptionalLong waitBefore(Throwable failure) {
        int status = Failures.status(failure);
        if (status == 429) {
            return OptionalLong.of(RetryAfterFilter.waitFor(Deadline.authority())
                    .map(Duration::toMillis).orElse(DEFAULT_RATE_LIMIT_WAIT_MS));
        }
        if (status >= 500 || failure instanceof InternalServerException || Failures.connectionBroke(failure)) {
            return OptionalLong.of(SERVER_ERROR_WAIT_MS);
        }
        return OptionalLong.empty();
    }

    /** The wait before the one retry. */
    static final class Backoff implements CustomBackoffStrategy {
        @Override
        public long nextDelayInMillis(Throwable cause) {
            return waitBefore(cause).orElse(SERVER_ERROR_WAIT_MS);
        }
    }

    /** The current call's deadline, on the calling thread (a synchronous guard retries on the same thread). */
    static final class Deadline {
        private static final ThreadLocal<Long> END = new ThreadLocal<>();
        private static final ThreadLocal<String> AUTHORITY = new ThreadLocal<>();

        private Deadline() {
        }

        static void start(Duration timeout, String baseUrl) {
            END.set(System.nanoTime() + timeout.toNanos());
            AUTHORITY.set(java.net.URI.create(baseUrl).getAuthority());
        }

        static void clear() {
            END.remove();
            AUTHORITY.remove();
        }

        static String authority() {
            String authority = AUTHORITY.get();
            return authority == null ? "" : authority;
        }

        static long remainingMillis() {
            Long end = END.get();
            return end == null ? 0 : Math.max(0, (end - System.nanoTime()) / 1_000_000);
        }
    }
}
