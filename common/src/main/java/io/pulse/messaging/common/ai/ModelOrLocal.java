package io.pulse.messaging.common.ai;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

/**
 * Runs a {@link ModelTask}: locally when the feature is local; otherwise through the model, its answer validated, and
 * locally ({@code local-fallback} with the reason) when there is no usable answer. Blocks: call it on a worker
 * thread, outside any transaction.
 */
@Singleton
public class ModelOrLocal {

    private static final Logger LOG = Logger.getLogger(ModelOrLocal.class);

    private final AiFeatures features;
    private final ModelClient client;
    private final AiMetrics metrics;

    ModelOrLocal(AiFeatures features, ModelClient client, AiMetrics metrics) {
        this.features = features;
        this.client = client;
        this.metrics = metrics;
    }

    public AiFeature feature(String name) {
        return features.feature(name);
    }

    public <T> Generated<T> generate(String featureName, ModelTask<T> task) {
        AiFeature feature = features.feature(featureName);
        if (feature.local()) {
            return new Generated<>(task.local(), EngineUsed.local());
        }
        try {
            ModelReply reply = client.complete(feature, task.prompt(feature.maxInputTokens()));
            T value = accepted(task, reply.text(), feature);
            return new Generated<>(value, EngineUsed.model(feature.model()));
        } catch (ModelFailure failure) {
            metrics.fallback(feature, failure.reason());
            LOG.debugf("%s answered locally: %s", featureName, failure.getMessage());
            return new Generated<>(task.local(), EngineUsed.fallback(failure.reason()));
        }
    }

    /**
     * The task's reading of the answer. The answer is untrusted input, so a validator that trips over something odd in
     * it (an exception where it should have dropped an item) makes the answer unusable, never the request a 500.
     */
    private <T> T accepted(ModelTask<T> task, String answer, AiFeature feature) throws ModelFailure {
        try {
            return task.accept(answer, new Drops(metrics, feature));
        } catch (RuntimeException e) {
            LOG.warnf("%s: reading the model's answer failed (%s); the local engine answers", feature.name(),
                    e.getClass().getName());
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer could not be read", e);
        }
    }
}
