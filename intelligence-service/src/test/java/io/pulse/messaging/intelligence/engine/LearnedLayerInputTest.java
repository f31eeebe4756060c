package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.TextEmbedder;

/** The learned layer embeds a bounded part of each text, so a batch of long texts costs one short pass per text. */
class LearnedLayerInputTest {

    /** Records what it is asked to embed; answers a fixed unit vector (no model needed). */
    static final class RecordingEmbedder implements TextEmbedder {
        final List<String> texts = new ArrayList<>();

        @Override
        public List<float[]> embedAll(List<String> batch) {
            texts.addAll(batch);
            List<float[]> vectors = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                float[] v = new float[384];
                v[0] = 1;
                vectors.add(v);
            }
            return vectors;
        }
    }

    @Test
    void aLongTextIsEmbeddedByItsOpeningOnlyAndStillReadWhole() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        LearnedSentimentAnalyzer analyzer = LearnedSentimentAnalyzer.builtIn(embedder);
        String text = "The deploy went fine. ".repeat(200) + "The refund still hasn't arrived after 3 weeks.";

        SentimentResult result = analyzer.analyze(text);

        assertEquals(1, embedder.texts.size());
        assertEquals(LearnedSentimentAnalyzer.EMBEDDED_CHARS, embedder.texts.get(0).length());
        assertTrue(result.signals().stream().anyMatch(s -> s.kind().equals("complaint")),
                () -> "the cues read the whole text: " + result.signals());
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        String text = "a".repeat(LearnedSentimentAnalyzer.EMBEDDED_CHARS - 1) + "😀".repeat(10);

        LearnedSentimentAnalyzer.builtIn(embedder).analyze(text);

        String embedded = embedder.texts.get(0);
        assertTrue(!Character.isHighSurrogate(embedded.charAt(embedded.length() - 1)), "no lone high surrogate at the end");
    }
}
