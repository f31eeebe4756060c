package io.pulse.messaging.common.ai;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

/**
 * Resolves a feature's effective settings from {@link AiConfig}, once per feature. A feature's overrides are looked
 * up by their full names ({@code pulse.ai.feature.smart-replies.model}), which is how an environment variable
 * ({@code PULSE_AI_FEATURE_SMART_REPLIES_MODEL}) finds a feature whose name has a hyphen: from the variable alone,
 * {@code SMART_REPLIES_MODEL} could be feature {@code smart} and property {@code replies.model}.
 */
@Singleton
public class AiFeatures {

    private static final String FEATURE = "pulse.ai.feature.";

    private final AiConfig config;
    private final Config source;
    private final Map<String, AiFeature> resolved = new ConcurrentHashMap<>();

    AiFeatures(AiConfig config, Config source) {
        this.config = config;
        this.source = source;
    }

    public AiFeature feature(String name) {
        return resolved.computeIfAbsent(name, this::resolve);
    }

    AiConfig config() {
        return config;
    }

    private AiFeature resolve(String name) {
        AiProvider provider = override(name, "provider", AiProvider.class).orElse(config.provider());
        AiProvider base = provider == AiProvider.LOCAL ? config.provider() : provider;
        String baseUrl = config.baseUrl().filter(u -> !u.isBlank()).orElse(base.defaultBaseUrl());
        String model = override(name, "model", String.class).filter(m -> !m.isBlank())
                .orElse(config.model().filter(m -> !m.isBlank()).orElse(base.defaultModel()));
        return new AiFeature(name, provider, trimSlash(baseUrl), config.apiKey().filter(k -> !k.isBlank()), model,
                override(name, "timeout", Duration.class).orElse(config.timeout()),
                override(name, "max-input-tokens", Integer.class).orElse(config.maxInputTokens()),
                config.maxOutputTokens());
    }

    private <T> Optional<T> override(String feature, String property, Class<T> type) {
        return source.getOptionalValue(FEATURE + feature + "." + property, type);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
