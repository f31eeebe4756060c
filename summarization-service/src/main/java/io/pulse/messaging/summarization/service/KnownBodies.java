package io.pulse.messaging.summarization.service;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.pulse.messaging.summarization.service.ThreadJobs.Prepared;

/**
 * The summary request bodies a caller sent lately, each as it resolved ({@link Prepared}): a body sent again byte for
 * byte by the same caller (the repeated request a cache hit answers) is neither parsed nor validated again, nor are
 * its messages' part of the cache key; the body's SHA-256 identifies it. Only bodies that resolved are kept, and
 * resolving is a function of the bytes alone (no clock, no other state), so a kept body answers what parsing it again
 * would: the same job, hence the same cache key and the same answer.
 *
 * <p>Bounded in bytes ({@code pulse.summarization.known-bodies.max-bytes}), entries dropped {@code cache-ttl} after they
 * were made (past it, the cache entry their key found has expired too), and per caller: another caller's identical
 * body is resolved afresh, so timing tells nobody what someone else sent. A user's entries go when the user is erased
 * here ({@link ErasedOnReplica}).
 */
@Singleton
class KnownBodies {

    /** A caller's body: the token's subject and the body's SHA-256. */
    record Key(UUID caller, ByteBuffer sha256) {
    }

    /** The key and what it weighs beside the messages' part: object headers, the options, the digest. */
    private static final int OVERHEAD = 320;

    private final Cache<Key, Prepared> bodies;
    private final long maxEntryBytes;

    KnownBodies(SummarizationConfig config) {
        long maxBytes = config.knownBodies().maxBytes();
        this.maxEntryBytes = maxBytes / 16;
        this.bodies = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Prepared p) -> OVERHEAD + p.messagesKey().length)
                .expireAfterWrite(config.cacheTtl()).executor(Runnable::run).build();
    }

    /** The key of {@code body} sent by {@code caller}. */
    static Key keyOf(UUID caller, byte[] body) {
        MessageDigest sha = CacheKeys.sha256();
        return new Key(caller, ByteBuffer.wrap(sha.digest(body)));
    }

    /** How the body with this key resolved the last time, or null. */
    Prepared get(Key key) {
        return bodies.getIfPresent(key);
    }

    /** Remembers how the body with this key resolved, unless it is too big to keep (over a sixteenth of the bound). */
    void put(Key key, Prepared prepared) {
        if (OVERHEAD + prepared.messagesKey().length <= maxEntryBytes) {
            bodies.put(key, prepared);
        }
    }

    /** Drops what {@code user} sent, and the bodies that named {@code user} as their reader. */
    void forget(UUID user) {
        bodies.asMap().entrySet().removeIf(e -> e.getKey().caller().equals(user) || user.equals(e.getValue().readerId()));
    }
}
