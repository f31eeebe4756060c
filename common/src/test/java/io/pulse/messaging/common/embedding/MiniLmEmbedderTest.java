package io.pulse.messaging.common.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

class MiniLmEmbedderTest {

    @Test
    void theTunedSessionGivesTheLibrarysVectorsAndRepeatedTextsAreNotEmbeddedAgain() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        List<String> texts = List.of("The deploy failed again, can you check the logs?", "Lunch at noon?",
                "The deploy failed again, can you check the logs?");
        List<float[]> first = embedder.embedAll(texts);
        assertEquals(2, embedder.cacheStatistics()[1], "two distinct texts embedded");
        assertArrayEquals(first.get(0), first.get(2));

        List<float[]> again = embedder.embedAll(List.of(texts.get(1), texts.get(0)));
        assertEquals(2, embedder.cacheStatistics()[1], "nothing embedded again");
        assertEquals(3, embedder.cacheStatistics()[0]);
        assertArrayEquals(first.get(1), again.get(0));
        assertArrayEquals(first.get(0), again.get(1));

        // same model, only the session's threading differs: the library's own model gives the same vectors
        float[] library = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(TextSegment.from(texts.get(0))).content().vector();
        assertTrue(TextEmbedder.cosine(library, first.get(0)) > 0.9999, "cosine " + TextEmbedder.cosine(library, first.get(0)));
        assertTrue(TextEmbedder.cosine(first.get(0), first.get(1)) < 0.9, "different texts, different vectors");
        assertEquals(2 * VectorCache.weight(first.get(0)), embedder.cachedBytes());
    }

    @Test
    void theArenaAndMemoryPatternsChangeMemoryNotVectors() {
        List<String> texts = List.of("Can we move the launch review to Friday?", "ok");
        List<float[]> lean = new MiniLmEmbedder().embedAll(texts);
        List<float[]> arena = new MiniLmEmbedder(new EmbeddingSettings(0, 2, true, true)).embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(TextEmbedder.cosine(lean.get(i), arena.get(i)) > 0.9999);
        }
    }

    @Test
    void theSessionLoadsInTheBackgroundAndBoundedInferencesGiveTheSameVectors() {
        MiniLmEmbedder.preload(EmbeddingSettings.DEFAULTS).toCompletableFuture().join();
        MiniLmEmbedder unbounded = new MiniLmEmbedder();
        assertTrue(unbounded.loaded(), "the preloaded session is shared");
        List<String> texts = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "message number " + i + " about the launch").toList();
        MiniLmEmbedder bounded = new MiniLmEmbedder(new EmbeddingSettings(0, 1, false, false, 1));
        List<float[]> a = unbounded.embedAll(texts);
        List<float[]> b = bounded.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), texts.get(i));
        }
        assertEquals(20, bounded.textsThroughModel());
    }
}
