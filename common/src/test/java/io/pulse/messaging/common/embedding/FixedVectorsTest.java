package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class FixedVectorsTest {

    @Test
    void writtenVectorsReadBackByTextAndOnlyForTheirModel() throws IOException {
        FixedVectors written = FixedVectors.of("model-a", List.of("billing", "travel"),
                List.of(new float[] {0.6f, 0.8f}, new float[] {1f, -0f}));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        written.write(bytes);
        FixedVectors read = FixedVectors.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("model-a", read.modelId());
        assertEquals(2, read.size());
        assertArrayEquals(new float[] {0.6f, 0.8f}, read.get("billing"));
        assertArrayEquals(new float[] {1f, -0f}, read.get("travel"));
        assertNull(read.get("Billing"), "the text itself, not a normalised form");
        read.get("billing")[0] = 9;
        assertArrayEquals(new float[] {0.6f, 0.8f}, read.get("billing"), "callers get copies");
        assertEquals(0, FixedVectors.load(getClass().getClassLoader(), "no/such.vectors", "model-a").size());
        assertThrows(IOException.class, () -> FixedVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})));
    }

    @Test
    void anEmbedderServesFixedVectorsWithoutTheModelAndRefusesAnotherModelsVectors() {
        String fixedText = "a text whose vector was computed ahead of time";
        float[] ahead = new float[384];
        ahead[7] = 1;
        FixedVectors fixed = FixedVectors.of(MiniLmEmbedder.MODEL_ID, List.of(fixedText), List.of(ahead));
        MiniLmEmbedder embedder = new MiniLmEmbedder(EmbeddingSettings.DEFAULTS, fixed);
        List<float[]> vectors = embedder.embedAll(List.of(fixedText, "Lunch at noon?"));
        assertArrayEquals(ahead, vectors.get(0));
        assertEquals(1, embedder.textsThroughModel());
        assertArrayEquals(new MiniLmEmbedder().embed("Lunch at noon?"), vectors.get(1));
        assertThrows(IllegalArgumentException.class, () -> new MiniLmEmbedder(EmbeddingSettings.DEFAULTS,
                FixedVectors.of("another-model", List.of(fixedText), List.of(ahead))));
    }
}
