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
}
