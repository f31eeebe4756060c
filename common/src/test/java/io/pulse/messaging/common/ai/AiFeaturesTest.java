package io.pulse.messaging.common.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The PULSE_AI_* variables as an operator sets them, per-feature overrides included, resolved per feature. */
class AiFeaturesTest {

    private static AiFeatures features(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(AiConfig.class).build();
        return new AiFeatures(config.getConfigMapping(AiConfig.class), config);
    }

    @Test
    void localByDefault() {
        AiFeature summary = features(Map.of()).feature("summary");
        assertTrue(summary.local());
        assertEquals("local", summary.engineName());
        assertEquals("local", summary.cacheIdentity(1));
    }

    @Test
    void ollamaIsTheOpenAiApiAtOllamasAddressWithoutAKey() {
        AiFeature summary = features(Map.of("PULSE_AI_PROVIDER", "ollama")).feature("summary");
        assertEquals(AiProvider.OLLAMA, summary.provider());
        assertEquals("http://localhost:11434/v1", summary.baseUrl());
        assertFalse(summary.apiKey().isPresent());
        assertEquals("llm:llama3.2", summary.engineName());
    }

    @Test
    void aFeatureCanStayLocalOrUseAnotherModelThroughItsVariables() {
        AiFeatures features = features(Map.of(
                "PULSE_AI_PROVIDER", "openai",
                "PULSE_AI_BASE_URL", "http://vllm.models.svc:8000/v1/",
                "PULSE_AI_API_KEY", "sk-test",
                "PULSE_AI_MODEL", "qwen2.5-7b-instruct",
                "PULSE_AI_TIMEOUT", "15s",
                "PULSE_AI_FEATURE_SENTIMENT_PROVIDER", "local",
                "PULSE_AI_FEATURE_SMART_REPLIES_MODEL", "qwen2.5-1.5b-instruct",
                "PULSE_AI_FEATURE_SMART_REPLIES_TIMEOUT", "5s"));
        assertTrue(features.feature("sentiment").local());
        AiFeature replies = features.feature("smart-replies");
        assertEquals("qwen2.5-1.5b-instruct", replies.model());
        assertEquals(Duration.ofSeconds(5), replies.timeout());
        AiFeature summary = features.feature("summary");
        assertEquals("http://vllm.models.svc:8000/v1", summary.baseUrl());
        assertEquals("llm:qwen2.5-7b-instruct", summary.engineName());
        assertEquals(Duration.ofSeconds(15), summary.timeout());
        assertFalse(summary.toString().contains("sk-test"), "the key never appears in logs");
    }

    @Test
    void theCacheIdentityChangesWithModelEndpointAndPromptVersion() {
        AiFeature a = features(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_MODEL", "m1")).feature("summary");
        AiFeature b = features(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_MODEL", "m2")).feature("summary");
        AiFeature c = features(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_MODEL", "m1", "PULSE_AI_BASE_URL",
                "http://other/v1")).feature("summary");
        assertNotEquals(a.cacheIdentity(1), b.cacheIdentity(1));
        assertNotEquals(a.cacheIdentity(1), c.cacheIdentity(1));
        assertNotEquals(a.cacheIdentity(1), a.cacheIdentity(2));
    }
}
