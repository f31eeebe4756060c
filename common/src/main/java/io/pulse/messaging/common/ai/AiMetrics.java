package io.pulse.messaging.common.ai;

import java.time.Duration;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the model costs and how often its answers are used, per feature and model: {@code pulse_ai_calls_total}
 * (by outcome), {@code pulse_ai_call_seconds} (a histogram), {@code pulse_ai_tokens_total} (in and out),
 * {@code pulse_ai_fallbacks_total} (by reason) and {@code pulse_ai_validation_drops_total} (items of an answer that
 * failed validation, by kind).
 */
@Singleton
public class AiMetrics {

    private final MeterRegistry registry;

    AiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void call(AiFeature feature, String outcome, Duration took) {
        Counter.builder("pulse.ai.calls").description("Model calls, by outcome").tag("feature", feature.name())
                .tag("model", feature.model()).tag("outcome", outcome).register(registry).increment();
        Timer.builder("pulse.ai.call").description("Model call latency, retries included").tag("feature", feature.name())
                .tag("model", feature.model()).publishPercentileHistogram().register(registry).record(took);
    }

    void tokens(AiFeature feature, int in, int out) {
        tokenCounter(feature, "in").increment(in);
        tokenCounter(feature, "out").increment(out);
    }

    void fallback(AiFeature feature, FallbackReason reason) {
        Counter.builder("pulse.ai.fallbacks").description("Answers the local engine gave instead of the model")
                .tag("feature", feature.name()).tag("model", feature.model()).tag("reason", reason.wire())
                .register(registry).increment();
    }

    /** One item of a model answer dropped by validation ({@code kind}: what was wrong, e.g. {@code unknown-message}). */
    public void dropped(AiFeature feature, String kind) {
        Counter.builder("pulse.ai.validation.drops").description("Items of model answers dropped by validation")
                .tag("feature", feature.name()).tag("model", feature.model()).tag("kind", kind).register(registry)
                .increment();
    }

    private Counter tokenCounter(AiFeature feature, String direction) {
        return Counter.builder("pulse.ai.tokens").description("Tokens sent to and received from the model")
                .tag("feature", feature.name()).tag("model", feature.model()).tag("direction", direction)
                .register(registry);
    }
}
