package io.pulse.messaging.summarization.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** This service's settings (environment: PULSE_SUMMARIZATION_...). */
@ConfigMapping(prefix = "pulse.summarization")
public interface SummarizationConfig {

    /** How long a computed summary answers the same request again from the cache. */
    @WithDefault("PT10M")
    Duration cacheTtl();

    /** How long a summary is kept, and readable, after it was made. */
    @WithDefault("P30D")
    Duration retention();

    /** The engine summarises at most this many of a thread's latest messages; coverage says when it left some out. */
    @WithDefault("5000")
    int engineMessageLimit();

    /**
     * How long a summary made by the local engine because the model's answer could not be used ({@code local-fallback})
     * answers the same request again: shorter than {@link #cacheTtl()}, so that the model is asked again soon.
     */
    @WithDefault("PT1M")
    Duration fallbackCacheTtl();

    /** How concurrent identical requests share one computation without holding a connection while it runs. */
    Lease lease();

    Cleanup cleanup();

    interface Lease {
        /**
         * How much longer than the model's timeout ({@code pulse.ai.feature.<name>.timeout}) a computation may take
         * before a waiting request takes it over (the local engine's work after a model failure, storing the result).
         */
        @WithDefault("PT30S")
        Duration margin();

        /** How often a request waiting for another's computation looks for its result. */
        @WithDefault("PT0.15S")
        Duration pollInterval();
    }

    /** The per-user cache statistics ({@code GET /api/summaries/cache/stats}), kept in memory on each replica. */
    CacheStats cacheStats();

    interface CacheStats {
        /** At most this many users are counted (about 1 KB each); the least recently counted are dropped first. */
        @WithDefault("5000")
        int maxUsers();

        /** A user without a summary request for this long starts again from zero. */
        @WithDefault("PT24H")
        Duration idleExpiry();
    }

    /** Summary request bodies sent lately, kept as they resolved so that a repeated one is not read again ({@link io.pulse.messaging.summarization.service.KnownBodies}). */
    KnownBodyCache knownBodies();

    interface KnownBodyCache {
        /** At most this many bytes (about the size of the bodies' messages); a body over a sixteenth of it is not kept. */
        @WithDefault("4194304")
        long maxBytes();
    }

    /** The JSON of stored summaries as cache hits answer them ({@link io.pulse.messaging.summarization.service.Renderings}). */
    RenderingCache renderings();

    interface RenderingCache {
        /** At most this many bytes of JSON; a summary over a sixteenth of it is written for every hit. */
        @WithDefault("4194304")
        long maxBytes();
    }

    interface Cleanup {
        /** When expired summaries and cache entries are removed (Quartz cron, server time zone). */
        @WithDefault("0 0 2 * * ?")
        String cron();
    }
}
