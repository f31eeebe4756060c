package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The in-process sentence-embedding model all-MiniLM-L6-v2 (quantized, 384 dimensions): no network, no key. */
public final class MiniLmEmbedder implements TextEmbedder {

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    /** The model, loaded on first use (about a second), so that creating the embedder costs nothing. */
    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(Vectors.normalise(embedding.vector()));
        }
        return vectors;
    }
}
