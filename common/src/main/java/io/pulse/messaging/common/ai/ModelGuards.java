package io.pulse.messaging.common.ai;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.TypedGuard;

/**
 * SmallRye Fault Tolerance around every model call, in three layers:
 * <ol>
 * <li>a bulkhead per replica ({@code PULSE_AI_MAX_CONCURRENCY} calls at once, no queue: one more is answered
 * locally at once rather than waiting);</li>
 * <li>the feature's timeout over the whole call, retries included ({@code PULSE_AI_TIMEOUT}), which interrupts
 * it;</li>
 * <li>per attempt: a circuit breaker per feature (open for {@code PULSE_AI_CIRCUIT_OPEN_FOR} after half of the last
 * 10 calls failed) inside one retry, made only where it is safe and fits the time left: a 429 after its
 * Retry-After, a 5xx or a reset connection after a short pause ({@link RetryPolicy}).</li>
 * </ol>
 */
@Singleton
class ModelGuards {

    private static final Logger LOG = Logger.getLogger(ModelGuards.class);

    private final AiConfig config;
    private final Guard concurrency;
    private final Map<String, TypedGuard<ModelReply>> deadlines = new ConcurrentHashMap<>();
    private final Map<String, TypedGuard<ModelReply>> attempts = new ConcurrentHashMap<>();

    ModelGuards(AiConfig config) {
        this.config = config;
        this.concurrency = Guard.create().withDescription("pulse-ai-concurrency")
                .withBulkhead().limit(Math.max(1, config.maxConcurrency())).queueSize(1).done()
                .build();
    }

    /** {@code call} under the three layers; the deadline is also what {@link RetryPolicy} measures against. */
    ModelReply call(AiFeature feature, Callable<ModelReply> call) throws Exception {
        TypedGuard<ModelReply> attempt = attempts.computeIfAbsent(feature.name(), n -> attemptGuard(feature));
        TypedGuard<ModelReply> deadline = deadlines.computeIfAbsent(feature.name(), n -> deadlineGuard(feature));
        RetryPolicy.Deadline.start(feature.timeout(), feature.baseUrl());
        try {
            return concurrency.call(() -> deadline.call(() -> attempt.call(call)), ModelReply.class);
        } finally {
            RetryPolicy.Deadline.clear();
        }
    }

    private TypedGuard<ModelReply> deadlineGuard(AiFeature feature) {
        return TypedGuard.create(ModelReply.class).withDescription("pulse-ai-deadline-" + feature.name())
                .withTimeout().duration(feature.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }

    private TypedGuard<ModelReply> attemptGuard(AiFeature feature) {
        return TypedGuard.create(ModelReply.class).withDescription("pulse-ai-attempts-" + feature.name())
                .withRetry().maxRetries(1).whenException(RetryPolicy::worthRetrying)
                .withCustomBackoff().strategy(RetryPolicy.Backoff::new).done().done()
                .withCircuitBreaker().name("pulse-ai-" + feature.name()).requestVolumeThreshold(10).failureRatio(0.5)
                .delay(config.circuitOpenFor().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                .when(RetryPolicy::countsAgainstModel)
                .onStateChange(state -> LOG.logf(state == CircuitBreakerState.CLOSED ? Logger.Level.INFO
                        : Logger.Level.WARN, "AI feature %s: circuit breaker for %s is now %s", feature.name(),
                        feature.model(), state))
                .done()
                .build();
    }
}
