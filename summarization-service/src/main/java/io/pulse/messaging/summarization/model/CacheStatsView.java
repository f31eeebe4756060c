package io.pulse.messaging.summarization.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hit and miss counts of the summary cache on this replica: the caller's own, or (for a service) every request's. */
@Schema(name = "CacheStats", description = "Summary cache hits and misses on this replica: of the caller's requests, or of every request for a service token")
public record CacheStatsView(Window lastHour, Window sinceStart) {

    @Schema(name = "CacheWindow")
    public record Window(
            @Schema(example = "42") long hits,
            @Schema(example = "8") long misses,
            @Schema(description = "hits / (hits + misses); null before the first request", nullable = true, example = "0.84") Double hitRate) {

        public static Window of(long hits, long misses) {
            long total = hits + misses;
            return new Window(hits, misses, total == 0 ? null : Math.round(10000.0 * hits / total) / 10000.0);
        }
    }
}
