package io.pulse.messaging.autoresponse.service;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of this service, under {@code pulse.auto-response}; each one's environment variable follows from its
 * name ({@code pulse.auto-response.webhook.secret} is {@code PULSE_AUTO_RESPONSE_WEBHOOK_SECRET}). The README lists them.
 */
@ConfigMapping(prefix = "pulse.auto-response")
public interface AutoResponseConfig {

    /** Auto-replies allowed per conversation per hour, across all rules (stops two auto-responders ping-ponging). */
    @WithDefault("3")
    int conversationLimitPerHour();

    /** Time budget of one rule's regular expression on one message. */
    @WithDefault("25ms")
    Duration regexBudget();

    /** Time budget of all the rules' regular expressions together on one message. */
    @WithDefault("100ms")
    Duration regexBudgetPerMessage();

    /** Users whose compiled rules are kept in memory per replica. */
    @WithDefault("20000")
    int ruleCacheSize();

    /** The signed inbound webhook. */
    Webhook webhook();

    /** The scheduled cleanup of expired cooldowns and old webhook deliveries. */
    Cleanup cleanup();

    interface Webhook {
        /** Shared HMAC-SHA256 secret of the inbound webhook; the webhook answers 503 without one. */
        Optional<String> secret();

        /** How far a delivery's timestamp may be from now. */
        @WithDefault("5m")
        Duration tolerance();
    }

    interface Cleanup {
        /** When the cleanup runs (Quarkus cron, seconds first); {@link ScheduledCleanup} reads it by name. */
        @WithDefault("0 30 2 * * ?")
        String cron();
    }
}
