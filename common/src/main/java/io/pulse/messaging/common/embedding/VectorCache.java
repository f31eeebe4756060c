package io.pulse.messaging.common.embedding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Texts' vectors, bounded in bytes (Caffeine's size-based eviction, by weight: the vector, its key and the cache's own
 * entry). A text is keyed by its SHA-256 digest, so the cache keeps no text. A lookup takes no lock around the model:
 * the vectors present are read, the missing ones embedded together by the caller's function outside the cache, then put;
 * two threads missing the same text at once may both embed it (the same vector, put twice), and neither waits for the other.
 */
public final class VectorCache {

    /** A digest key (object header and four longs). */
    static final int KEY_BYTES = 48;
    /** Caffeine's weighted, access-ordered node and its hash-table slot, roughly. */
    static final int ENTRY_BYTES = 96;

    private final Cache<Key, float[]> cache;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param maxBytes the bound (0: nothing kept) */
    public VectorCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, float[] vector) -> weight(vector))
                .executor(Runnable::run)
                .build();
    }

    /** The bytes one vector of this length costs in the cache. */
    public static int weight(float[] vector) {
        return 16 + 4 * vector.length + KEY_BYTES + ENTRY_BYTES;
    }

    /**
     * One vector per text, in order: the cached ones, and the others from {@code embed} (called at most once, with the
     * distinct missing texts, outside any lock).
     */
    public List<float[]> vectors(List<String> texts, Function<List<String>, List<float[]>> embed) {
        List<Key> keys = new ArrayList<>(texts.size());
        Map<Key, String> byKey = new HashMap<>();
        for (String text : texts) {
            Key key = Key.of(text);
            keys.add(key);
            byKey.putIfAbsent(key, text);
        }
        Map<Key, float[]> found = cache.getAll(keys, missing -> embedMissing(missing, byKey, embed));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Key key : keys) {
            vectors.add(found.get(key));
        }
        hits.add(texts.size());
        return vectors;
    }

    private Map<Key, float[]> embedMissing(Set<? extends Key> missing, Map<Key, String> byKey,
            Function<List<String>, List<float[]>> embed) {
        List<Key> order = List.copyOf(missing);
        List<float[]> embedded = embed.apply(order.stream().map(byKey::get).toList());
        Map<Key, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            fresh.put(order.get(i), embedded.get(i));
        }
        misses.add(order.size());
        hits.add(-order.size());
        return fresh;
    }

    /** {texts served from the cache (or repeated within a call), texts embedded}. */
    public long[] statistics() {
        return new long[] {hits.sum(), misses.sum()};
    }

    /** The bytes the cached vectors weigh now (after pending evictions). */
    public long weightedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    /** The texts cached now. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** A SHA-256 digest of the text (collisions are not a concern). */
    private record Key(long a, long b, long c, long d) {
        static Key of(String text) {
            try {
                ByteBuffer h = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
                return new Key(h.getLong(), h.getLong(), h.getLong(), h.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
