package io.pulse.messaging.brainstorm.service;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** This service's settings (environment: PULSE_BRAINSTORM_...). */
@ConfigMapping(prefix = "pulse.brainstorm")
public interface BrainstormConfig {

    Events events();

    Clustering clustering();

    Cleanup cleanup();

    Suggestions suggestions();

    Timers timers();

    interface Timers {
        /**
         * How often each replica looks for timed voting rounds and step timers that ran out (a Quarkus scheduler
         * interval; @Scheduled reads it by name from application.properties; "off" disables the poller).
         */
        @WithDefault("1s")
        String pollInterval();

        /** The most rounds, and the most steps, acted on per poll; the rest wait for the next. */
        @WithDefault("100")
        int batchSize();
    }

    interface Events {
        /** How often a quiet event stream gets a keep-alive comment, so that proxies do not close it. */
        @WithDefault("PT20S")
        Duration heartbeat();
    }

    interface Clustering {
        /** Clusterings computing at once on this replica; by default as many as it has processors. */
        Optional<Integer> concurrency();

        /** Further clustering requests accepted to wait for a slot; beyond them, 503 with Retry-After. */
        @WithDefault("32")
        int queueSize();

        /**
         * The most ideas one clustering takes (422 problem beyond, nothing computed): its time and memory grow with the
         * square of the count, and nothing else bounds how many ideas a session has. A clustering of n ideas holds at
         * most 2 n x n floats at once (raw similarities and the topic-centred ones; under 20 ideas the agglomeration's
         * working copy instead) besides lists of at most 50 entries per idea: 32 MB at 2,000 ideas, 2 MB at 500.
         */
        @WithDefault("2000")
        int maxIdeas();
    }

    interface Suggestions {
        /**
         * How long a cached answer of the suggestions (text written from the session's ideas) is served and kept: the
         * retention of brainstorm_ai_cache, whose rows the cleanup removes once expired.
         */
        @WithDefault("PT24H")
        Duration ttl();
    }

    interface Cleanup {
        /** When expired AI answers are deleted (a Quartz cron; @Scheduled reads it by name from application.properties). */
        @WithDefault("0 0 2 * * ?")
        String cron();
    }
}
