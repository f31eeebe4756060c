package io.pulse.messaging.common.ai;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;

/** Reads what went wrong in a model call: the fallback reason, the HTTP status where there was one. */
final class Failures {

    private Failures() {
    }

    static FallbackReason reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ModelFailure m) {
                return m.reason();
            }
            if (t instanceof TimeoutException || t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof InterruptedException || t instanceof java.util.concurrent.TimeoutException) {
                return FallbackReason.TIMEOUT;
            }
            if (t instanceof CircuitBreakerOpenException) {
                return FallbackReason.CIRCUIT_OPEN;
            }
            if (t instanceof BulkheadException || t instanceof RateLimitException) {
                return FallbackReason.RATE_LIMITED;
            }
        }
        return status(failure) == 429 ? FallbackReason.RATE_LIMITED : FallbackReason.UNAVAILABLE;
    }

    /** The HTTP status the provider answered with, or 0. */
    static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return h.statusCode();
            }
            if (t instanceof RateLimitException) {
                return 429;
            }
            if (t instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse() != null) {
                return w.getResponse().getStatus();
            }
        }
        return 0;
    }

    static boolean connectionBroke(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
