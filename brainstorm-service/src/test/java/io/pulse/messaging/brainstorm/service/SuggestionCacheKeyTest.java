package io.pulse.messaging.brainstorm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.llm.SuggestionTask;
import io.pulse.messaging.common.ai.AiFeature;
import io.pulse.messaging.common.ai.AiProvider;

/** A cached answer is only ever found again by the engine that wrote it: the key holds the engine's identity. */
class SuggestionCacheKeyTest {

    private static AiFeature feature(AiProvider provider, String baseUrl, String model) {
        return new AiFeature(SuggestionTask.FEATURE, provider, baseUrl, Optional.empty(), model, Duration.ofSeconds(20), 6000, 1200);
    }

    private static String key(AiFeature feature, int promptVersion) {
        return SuggestionCache.key("scamper", "substitute", "Faster onboarding", "hash-of-ideas", feature.cacheIdentity(promptVersion), 5);
    }

    @Test
    void engineModelEndpointAndPromptVersionEachChangeTheKey() {
        AiFeature fake = feature(AiProvider.OPENAI, "http://127.0.0.1:9999/v1", "fake-model");
        List<String> keys = List.of(
                key(fake, SuggestionTask.PROMPT_VERSION),
                key(feature(AiProvider.OPENAI, "http://127.0.0.1:9999/v1", "other-model"), SuggestionTask.PROMPT_VERSION),
                key(feature(AiProvider.OPENAI, "https://api.openai.com/v1", "fake-model"), SuggestionTask.PROMPT_VERSION),
                key(fake, SuggestionTask.PROMPT_VERSION + 1),
                key(feature(AiProvider.LOCAL, "http://127.0.0.1:9999/v1", "fake-model"), SuggestionTask.PROMPT_VERSION));
        Set<String> distinct = new HashSet<>(keys);
        assertEquals(keys.size(), distinct.size(), keys.toString());
        assertEquals(key(fake, SuggestionTask.PROMPT_VERSION), key(fake, SuggestionTask.PROMPT_VERSION), "and is stable");
    }

    @Test
    void theContentStillChangesTheKey() {
        String identity = "local";
        String key = SuggestionCache.key("scamper", "substitute", "topic", "hash", identity, 5);
        assertNotEquals(key, SuggestionCache.key("scamper", "combine", "topic", "hash", identity, 5));
        assertNotEquals(key, SuggestionCache.key("scamper", "substitute", "topic", "other-hash", identity, 5));
        assertNotEquals(key, SuggestionCache.key("scamper", "substitute", "topic", "hash", identity, 4));
        assertNotEquals(key, SuggestionCache.key("scamper", "substitute", "another topic", "hash", identity, 5));
    }
}
