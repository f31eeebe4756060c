package io.pulse.messaging.common.ai;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/** Resolves a feature's effective settings from {@link AiConfig}, once per feature. */
@Singleton
public class AiFeatures {

    private final AiConfig config;
    private final Map<String, AiFeature> resolved = new ConcurrentHashMap<>();

    AiFeatures(AiConfig config) {
        this.config = config;
    }

    public AiFeature feature(String name) {
        return resolved.computeIfAbsent(name, this::resolve);
    }

    AiConfig config() {
        return config;
    }

    private AiFeature resolve(String name) {
        AiConfig.FeatureOverride override = config.feature().get(name);
        AiProvider provider = override != null && override.provider().isPresent() ? override.provider().get()
                : config.provider();
        AiProvider base = provider == AiProvider.LOCAL ? config.provider() : provider;
        String baseUrl = config.baseUrl().filter(u -> !u.isBlank()).orElse(base.defaultBaseUrl());
        String model = override != null && override.model().isPresent() ? override.model().get()
                : config.model().filter(m -> !m.isBlank()).orElse(base.defaultModel());
        return new AiFeature(name, provider, trimSlash(baseUrl), config.apiKey().filter(k -> !k.isBlank()), model,
                override != null ? override.timeout().orElse(config.timeout()) : config.timeout(),
                override != null ? override.maxInputTokens().orElse(config.maxInputTokens()) : config.maxInputTokens(),
                config.maxOutputTokens());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
