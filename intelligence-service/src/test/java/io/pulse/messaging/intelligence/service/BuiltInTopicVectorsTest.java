package io.pulse.messaging.intelligence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.embedding.EmbeddingSettings;
import io.pulse.messaging.common.embedding.FixedVectors;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import io.pulse.messaging.intelligence.engine.TopicPrototypes;

/**
 * The shipped vectors of the built-in topics' prototypes ({@link EngineProducer#BUILT_IN_VECTORS}) are the model's own:
 * every text the built-in prototypes embed is recomputed with the model and must be there, with the same vector, and
 * nothing else may be. When the topics or the model change this fails; regenerate the resource with
 * {@code ./mvnw -o -q -pl intelligence-service -am test -Dtest=BuiltInTopicVectorsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpulse.vectors.write=true} and commit it.
 */
class BuiltInTopicVectorsTest {

    /** Same model, same runtime: the same floats up to the last bits a different CPU's kernels may change. */
    private static final double TOLERANCE = 1e-5;
    private static final Path SOURCE = Path.of("src/main/resources").resolve(EngineProducer.BUILT_IN_VECTORS);

    @Test
    void theShippedVectorsAreTheModelsVectorsOfExactlyTheBuiltInTexts() throws IOException {
        MiniLmEmbedder model = new MiniLmEmbedder(EmbeddingSettings.withCacheBytes(0));
        Set<String> texts = new LinkedHashSet<>();
        new TopicPrototypes(batch -> {
            texts.addAll(batch);
            return model.embedAll(batch);
        }).builtIn();
        List<String> all = new ArrayList<>(texts);
        List<float[]> computed = model.embedAll(all);
        if (Boolean.getBoolean("pulse.vectors.write")) {
            Files.createDirectories(SOURCE.getParent());
            try (OutputStream out = Files.newOutputStream(SOURCE)) {
                FixedVectors.of(MiniLmEmbedder.MODEL_ID, all, computed).write(out);
            }
            return;
        }
        FixedVectors shipped = FixedVectors.load(getClass().getClassLoader(), EngineProducer.BUILT_IN_VECTORS, MiniLmEmbedder.MODEL_ID);
        String stale = "stale built-in topic vectors: regenerate them (see this test's comment)";
        assertEquals(all.size(), shipped.size(), stale + ": " + shipped.size() + " shipped, " + all.size() + " texts");
        for (int i = 0; i < all.size(); i++) {
            float[] vector = shipped.get(all.get(i));
            assertNotNull(vector, stale + ": missing \"" + all.get(i) + "\"");
            for (int d = 0; d < vector.length; d++) {
                assertEquals(computed.get(i)[d], vector[d], TOLERANCE, stale + ": \"" + all.get(i) + "\"");
            }
        }
    }

    @Test
    void withTheShippedVectorsTheBuiltInPrototypesNeedNoInference() {
        FixedVectors shipped = FixedVectors.load(getClass().getClassLoader(), EngineProducer.BUILT_IN_VECTORS, MiniLmEmbedder.MODEL_ID);
        MiniLmEmbedder embedder = new MiniLmEmbedder(EmbeddingSettings.DEFAULTS, shipped);
        List<TopicPrototypes.Prototype> prototypes = new TopicPrototypes(embedder).builtIn();
        assertTrue(prototypes.size() > 5);
        assertEquals(0, embedder.textsThroughModel(), "every built-in prototype text was in the shipped vectors");
        embedder.embed("Can we move the meeting to Friday?");
        assertEquals(1, embedder.textsThroughModel(), "other texts still go through the model");
    }
}
