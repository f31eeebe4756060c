package io.pulse.messaging.summarization.service;

import io.pulse.messaging.summarization.model.CacheStatsView;

/**
 * Hits and misses counted in one-minute buckets over the last hour, and in all since counting began. Small (a few
 * hundred bytes), so that one can be kept per active user.
 */
final class HitWindow {

    private static final int MINUTES = 60;

    private final int[] minute = new int[MINUTES];
    private final int[] hits = new int[MINUTES];
    private final int[] misses = new int[MINUTES];
    private long totalHits;
    private long totalMisses;

    /** Counts one request at {@code millis} (epoch milliseconds). */
    synchronized void record(long millis, boolean hit) {
        int now = (int) (millis / 60_000);
        int slot = Math.floorMod(now, MINUTES);
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

    /** The counts as of {@code millis}: the last 60 minutes, and since counting began. */
    synchronized CacheStatsView snapshot(long millis) {
        int now = (int) (millis / 60_000);
        long h = 0;
        long m = 0;
        for (int slot = 0; slot < MINUTES; slot++) {
            if (minute[slot] <= now && now - minute[slot] < MINUTES) {
                h += hits[slot];
                m += misses[slot];
            }
        }
        return new CacheStatsView(CacheStatsView.Window.of(h, m), CacheStatsView.Window.of(totalHits, totalMisses));
    }

    static CacheStatsView none() {
        return new CacheStatsView(CacheStatsView.Window.of(0, 0), CacheStatsView.Window.of(0, 0));
    }
}
