package io.pulse.messaging.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The banner tells which AI engine the services inherit from the environment, and never shows a key. */
class SuiteBannerTest {

    @Test
    void localUnlessAProviderIsSet() {
        assertTrue(SuiteBanner.aiEngines(Map.of()).startsWith("local"));
        assertTrue(SuiteBanner.aiEngines(Map.of("PULSE_AI_PROVIDER", "LOCAL")).startsWith("local"));
    }

    @Test
    void ollamaHasItsDefaults() {
        assertEquals("ollama, model llama3.2 at http://localhost:11434/v1 (local engine when it cannot answer)",
                SuiteBanner.aiEngines(Map.of("PULSE_AI_PROVIDER", "ollama")));
    }

    @Test
    void aConfiguredProviderIsNamedWithoutItsKey() {
        String line = SuiteBanner.aiEngines(Map.of("PULSE_AI_PROVIDER", "openai", "PULSE_AI_BASE_URL",
                "http://vllm:8000/v1", "PULSE_AI_MODEL", "qwen2.5", "PULSE_AI_API_KEY", "sk-secret"));
        assertTrue(line.contains("qwen2.5") && line.contains("http://vllm:8000/v1"), line);
        assertFalse(line.contains("sk-secret"), line);
    }
}
