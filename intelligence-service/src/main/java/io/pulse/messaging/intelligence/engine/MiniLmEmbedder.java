package io.pulse.messaging.intelligence.engine;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process all-MiniLM-L6-v2 (quantised) sentence-embedding model: offline, no key. Loading it takes a
 * moment and some memory, so create one per JVM and share it (it is thread-safe).
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
