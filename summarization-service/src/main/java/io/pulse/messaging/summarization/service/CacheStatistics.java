package io.pulse.messaging.summarization.service;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.summarization.model.CacheStatsView;

/**
 * Hits and misses of the summary cache on this replica: Micrometer counters
 * ({@code pulse_summary_cache_requests_total{cache="summary_cache",result="hit|miss"}}) and per-minute buckets for
 * the hit rate over the last hour.
 */
@Singleton
public class CacheStatistics {

    private static final int MINUTES = 60;

    private final Clock clock;
    private final Counter hitCounter;
    private final Counter missCounter;
    private final long[] minute = new long[MINUTES];
    private final long[] hits = new long[MINUTES];
    private final long[] misses = new long[MINUTES];
    private long totalHits;
    private long totalMisses;

    public CacheStatistics(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.hitCounter = Counter.builder("pulse.summary.cache.requests").tag("cache", "summary_cache").tag("result", "hit")
                .description("Summary requests answered from the cache").register(registry);
        this.missCounter = Counter.builder("pulse.summary.cache.requests").tag("cache", "summary_cache").tag("result", "miss")
                .description("Summary requests that ran the engine").register(registry);
    }

    public void hit() {
        hitCounter.increment();
        record(true);
    }

    public void miss() {
        missCounter.increment();
        record(false);
    }

    private synchronized void record(boolean hit) {
        long now = clock.millis() / 60_000;
        int slot = (int) (now % MINUTES);
        if (minute[slot] != now) {
            minute[slot] = now;
            hits[slot] = 0;
            misses[slot] = 0;
        }
        if (hit) {
            hits[slot]++;
            totalHits++;
        } else {
            misses[slot]++;
            totalMisses++;
        }
    }

    public synchronized CacheStatsView snapshot() {
        long now = clock.millis() / 60_000;
        long h = 0;
        long m = 0;
        for (int slot = 0; slot < MINUTES; slot++) {
            if (now - minute[slot] < MINUTES && minute[slot] <= now) {
                h += hits[slot];
                m += misses[slot];
            }
        }
        return new CacheStatsView(CacheStatsView.Window.of(h, m), CacheStatsView.Window.of(totalHits, totalMisses));
    }
}
