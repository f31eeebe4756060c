package io.pulse.messaging.intelligence.service;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of this service, under {@code pulse.intelligence}; each one's environment variable follows from its
 * name ({@code pulse.intelligence.follow-up.minimum-wait} is {@code PULSE_INTELLIGENCE_FOLLOW_UP_MINIMUM_WAIT}). The
 * README lists them.
 */
@ConfigMapping(prefix = "pulse.intelligence")
public interface IntelligenceConfig {

    /** When follow-ups are suggested and threads count as stalled. */
    FollowUp followUp();

    /** When the retention job runs. */
    Cleanup cleanup();

    /** How long each kind of row is kept. */
    Retention retention();

    /**
     * A conversation's insight (sentiment, topics, participants, engagement, follow-ups, alerts) covers at most this many
     * of its latest messages, so that what an analysis reads and computes does not grow with the conversation's history.
     * The message count still counts every message kept.
     */
    @WithDefault("1000")
    int insightMessages();

    /** Custom topics saved per user. */
    Topics topics();

    /** A conversation's sentiment trend (improving, stable, declining), as the overview shows and sorts it. */
    Trend trend();

    interface Trend {
        /** The messages sent within this long before a conversation's last message make its trend. */
        @WithDefault("P7D")
        Duration window();

        /** The change of mean sentiment score (later half minus earlier half of the window) that is a trend, either way. */
        @WithDefault("0.2")
        double threshold();
    }

    interface Topics {
        /** The most topics one user may save (a create beyond it is refused with 422). */
        @WithDefault("50")
        int maxPerUser();

        /**
         * The bound, in bytes, of the user topics' prototype vectors kept in memory (the least recently and frequently used out; a topic
         * weighs 3 to 70 kB): 8M holds at least a hundred topics, typically several hundred.
         */
        @WithDefault("8M")
        MemorySize cacheMaxBytes();
    }

    interface FollowUp {
        /** The longest a question or request waits before a follow-up is suggested (a brisk conversation waits less). */
        @WithDefault("PT1H")
        Duration minimumWait();

        /** The shortest silence that can make a thread stalled. */
        @WithDefault("PT24H")
        Duration stalledAfter();

        /** ... and the silence must also be this many times the thread's median gap between messages. */
        @WithDefault("6")
        double stalledRhythmFactor();
    }

    interface Cleanup {
        /** When the retention job runs (Quarkus cron, seconds first); {@link ScheduledCleanup} reads it by name. */
        @WithDefault("0 0 3 ? * SUN")
        String cron();
    }

    interface Retention {
        /** Sentiment history, by the message's time (removed messages are taken off their conversation's count). */
        @WithDefault("P90D")
        Duration sentimentHistory();

        /** Topic history, by the message's time. */
        @WithDefault("P60D")
        Duration topicHistory();

        /** A conversation's insight row, with its histories, once it has not been analysed for this long. */
        @WithDefault("P90D")
        Duration conversationIntelligence();
    }
}
