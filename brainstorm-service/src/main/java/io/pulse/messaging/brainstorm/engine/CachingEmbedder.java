package io.pulse.messaging.brainstorm.engine;

import io.pulse.messaging.common.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of texts it has embedded (least recently used first out), so that clustering a session
 * again embeds only its new or edited ideas.
 */
public final class CachingEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Map<String, float[]> cache;
    private long computed;

    public CachingEmbedder(TextEmbedder delegate, int capacity) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Map<String, Integer> missingIndex = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                out[i] = cache.get(texts.get(i));
                if (out[i] == null && missingIndex.putIfAbsent(texts.get(i), missing.size()) == null) {
                    missing.add(texts.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = delegate.embedAll(missing);
            synchronized (cache) {
                computed += missing.size();
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), fresh.get(i));
                }
                for (int i = 0; i < texts.size(); i++) {
                    if (out[i] == null) {
                        out[i] = fresh.get(missingIndex.get(texts.get(i)));
                    }
                }
            }
        }
        return List.of(out);
    }

    /** How many texts were handed to the underlying embedder so far. */
    public long computed() {
        synchronized (cache) {
            return computed;
        }
    }
}
