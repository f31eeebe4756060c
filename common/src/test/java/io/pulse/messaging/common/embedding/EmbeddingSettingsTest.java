package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmbeddingSettingsTest {

    @Test
    void memorySizesAsQuarkusWritesThem() {
        assertEquals(16L << 20, EmbeddingSettings.bytes("16M"));
        assertEquals(16L << 20, EmbeddingSettings.bytes("16384k"));
        assertEquals(1L << 30, EmbeddingSettings.bytes("1G"));
        assertEquals(123, EmbeddingSettings.bytes(" 123 "));
    }

    @Test
    void theDefaultsBoundNativeMemory() {
        assertEquals(new EmbeddingSettings(16L << 20, 1, false, false), EmbeddingSettings.DEFAULTS);
    }

    @Test
    void concurrentInferencesAreBoundedByTheCpusAndTheEnvironmentCanSayOtherwise() {
        assertEquals(Runtime.getRuntime().availableProcessors(), EmbeddingSettings.DEFAULTS.maxConcurrent());
        System.setProperty("pulse.embedding.onnx.max-concurrent", " 3 ");
        System.setProperty("pulse.embedding.onnx.cpu-arena", "true");
        try {
            EmbeddingSettings settings = EmbeddingSettings.fromEnvironment();
            assertEquals(3, settings.maxConcurrent());
            assertEquals(true, settings.cpuArena());
            assertEquals(EmbeddingSettings.DEFAULTS.cacheMaxBytes(), settings.cacheMaxBytes());
            assertEquals(new EmbeddingSettings(0, 1, true, false, 0), settings.session(), "the session ignores both bounds");
        } finally {
            System.clearProperty("pulse.embedding.onnx.max-concurrent");
            System.clearProperty("pulse.embedding.onnx.cpu-arena");
        }
    }
}
