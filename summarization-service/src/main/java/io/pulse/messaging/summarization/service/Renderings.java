package io.pulse.messaging.summarization.service;

import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.pulse.messaging.summarization.model.SummaryView;

/**
 * The JSON of stored summaries as a cache hit answers them ({@code cached: true}), written once by the application's
 * own mapper (the bytes its REST layer writes for the same view): a stored summary never changes (it is only created
 * and deleted), so the answer to every later hit on it is the same bytes. Only a summary the database has just
 * returned, live and the caller's, is ever answered from here: this holds no authority, only what was written.
 *
 * <p>Keyed by owner and summary id; bounded in bytes ({@code pulse.summarization.renderings.max-bytes}); an entry is
 * dropped {@code cache-ttl} after it was written (no cache entry points to its summary later), and a user's entries
 * go when the user is erased here ({@link ErasedOnReplica}).
 */
@Singleton
class Renderings {

    private record Key(UUID owner, UUID summary) {
    }

    private static final int OVERHEAD = 96;

    private final Cache<Key, byte[]> rendered;
    private final ObjectWriter writer;
    private final long maxEntryBytes;

    Renderings(SummarizationConfig config, ObjectMapper mapper) {
        long maxBytes = config.renderings().maxBytes();
        this.maxEntryBytes = maxBytes / 16;
        this.writer = mapper.writer();
        this.rendered = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key k, byte[] json) -> OVERHEAD + json.length)
                .expireAfterWrite(config.cacheTtl()).executor(Runnable::run).build();
    }

    /** The JSON of {@code owner}'s summary {@code id} as a hit answers it, or null when it was not written lately. */
    byte[] get(UUID owner, UUID id) {
        return rendered.getIfPresent(new Key(owner, id));
    }

    /** The JSON of {@code view} (a stored summary read for a hit), kept for the next hit unless it is too big. */
    byte[] render(UUID owner, SummaryView view) {
        byte[] json;
        try {
            json = writer.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored summary could not be written as JSON", e);
        }
        if (OVERHEAD + json.length <= maxEntryBytes) {
            rendered.put(new Key(owner, view.id()), json);
        }
        return json;
    }

    void forget(UUID user) {
        rendered.asMap().keySet().removeIf(k -> k.owner().equals(user));
    }
}
