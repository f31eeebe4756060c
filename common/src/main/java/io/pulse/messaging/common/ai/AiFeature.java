package io.pulse.messaging.common.ai;

import java.time.Duration;
import java.util.Optional;

/**
 * One feature's effective model settings: the service-wide ones with the feature's overrides applied.
 *
 * @param name the feature, as in metrics and configuration ({@code summary}, {@code sentiment}, ...)
 */
public record AiFeature(String name, AiProvider provider, String baseUrl, Optional<String> apiKey, String model,
        Duration timeout, int maxInputTokens, int maxOutputTokens) {

    public boolean local() {
        return provider == AiProvider.LOCAL;
    }

    /** What responses carry in {@code engine} when the model answered: {@code llm:<model>}. */
    public String engineName() {
        return local() ? EngineUsed.LOCAL : "llm:" + model;
    }

    /**
     * What a cache key must include besides the content, so that switching provider, server, model or prompt never
     * serves one engine's text as another's: {@code local}, or the endpoint, the model and the prompt's version.
     */
    public String cacheIdentity(int promptVersion) {
        return local() ? EngineUsed.LOCAL : "llm|" + baseUrl + "|" + model + "|prompt-v" + promptVersion;
    }

    @Override
    public String toString() {
        return "AiFeature[" + name + ", " + provider + ", " + baseUrl + ", " + model + ", key " + (apiKey.isPresent()
                ? "set" : "absent") + "]";
    }
}
