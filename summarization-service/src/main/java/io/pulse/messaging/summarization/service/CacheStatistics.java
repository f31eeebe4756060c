package io.pulse.messaging.summarization.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.summarization.model.CacheStatsView;

/**
 * Hits and misses of the summary cache on this replica: Micrometer counters
 * ({@code pulse_summary_cache_requests_total{cache="summary_cache",result="hit|miss"}}), and the last hour and the
 * total, for the whole replica (what a service token reads) and for each user (what the user reads).
 *
 * <p>The per-user counts are kept in memory, bounded: at most {@code pulse.summarization.cache-stats.max-users} users
 * (the least recently counted go first) and a user idle for {@code idle-expiry} starts again from zero. Counting in the
 * database instead would turn each cache hit, a read-only transaction, into a write with its commit flush.
 */
@Singleton
public class CacheStatistics {

    private final Clock clock;
    private final Counter hitCounter;
    private final Counter missCounter;
    private final HitWindow replica = new HitWindow();
    private final Cache<UUID, HitWindow> users;

    public CacheStatistics(Clock clock, MeterRegistry registry, SummarizationConfig config) {
        this.clock = clock;
        this.hitCounter = Counter.builder("pulse.summary.cache.requests").tag("cache", "summary_cache").tag("result", "hit")
                .description("Summary requests answered from the cache").register(registry);
        this.missCounter = Counter.builder("pulse.summary.cache.requests").tag("cache", "summary_cache").tag("result", "miss")
                .description("Summary requests that ran the engine").register(registry);
        this.users = Caffeine.newBuilder().maximumSize(config.cacheStats().maxUsers())
                .expireAfterAccess(config.cacheStats().idleExpiry()).build();
    }

    /** {@code user}'s request was answered from the cache. */
    public void hit(UUID user) {
        hitCounter.increment();
        record(user, true);
    }

    /** {@code user}'s request ran the engine. */
    public void miss(UUID user) {
        missCounter.increment();
        record(user, false);
    }

    private void record(UUID user, boolean hit) {
        long now = clock.millis();
        replica.record(now, hit);
        users.get(user, ignored -> new HitWindow()).record(now, hit);
    }

    /** Forgets {@code user}'s counts (the user was erased); the replica's totals keep them, anonymous. */
    void forget(UUID user) {
        users.invalidate(user);
    }

    /** Every request this replica answered, whoever made it. */
    public CacheStatsView replica() {
        return replica.snapshot(clock.millis());
    }

    /** The requests of {@code user} this replica answered (for the user's own summaries, whoever sent them). */
    public CacheStatsView user(UUID user) {
        HitWindow window = users.getIfPresent(user);
        return window == null ? HitWindow.none() : window.snapshot(clock.millis());
    }
}
