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

    /**
     * The most pattern work one evaluation request may ask for: the sum, over its messages and the user's enabled rules
     * with a pattern, of the message's length in characters times the pattern's weight (its RE2 program size plus 32).
     * A request above it is refused with 422 before any matching; about a second of one core at the limit, far less for
     * simple patterns.
     */
    @WithDefault("100000000")
    long patternWorkLimit();

    /**
     * The most rule verdicts one dry run may explain (messages times the user's enabled rules): each is kept with its
     * conditions' reasons in the answer. A dry run above it is refused with 422 before any matching.
     */
    @WithDefault("20000")
    long dryRunVerdictLimit();

    /** The most rules (the out-of-office rule included) one user may have: bounds the work of every save and evaluation. */
    @WithDefault("1000")
    int maxRulesPerUser();

    /**
     * The most replies one evaluation request has the language model write (rules with {@code generatedReply}, feature
     * {@code rule-replies}), one after another; the request's further matches send their rule's own reply, with engine
     * {@code local-fallback} and fallbackReason {@code over-budget}. Bounds how long a batch can wait on the model.
     */
    @WithDefault("10")
    int generatedRepliesPerRequest();

    /**
     * The estimated heap, in bytes, of the compiled rules kept in memory per replica, across users (each user's set weighed
     * by {@code RuleSetWeight}: a fixed overhead per rule plus its texts); past it the users used least recently are
     * dropped, one by one. A user whose set alone weighs more than an eighth of it is compiled for each evaluation and not
     * kept. The default fits the 64 MB heap of deploy/jvm/auto-response-service.options: about 21 MB live data after a
     * light load, 8 MB of compiled rules at most, and the rest for requests in flight (a batch of 500 messages, the sets
     * compiled per request and not kept: up to 1 MB each) and the collector's headroom.
     */
    @WithDefault("8388608")
    long ruleCacheMaxBytes();

    /** A user's compiled rules are dropped after this long without an evaluation. */
    @WithDefault("PT30M")
    Duration ruleCacheIdle();

    /** The signed inbound webhook. */
    Webhook webhook();

    /** The scheduled cleanup: every retention below, in batches, on one replica per firing. */
    Cleanup cleanup();

    /** How long each kind of row is kept (ISO-8601 durations); expired cooldowns go once they have expired. */
    Retention retention();

    /** Outbound webhooks (notify actions) and their deliverer. */
    Outbound outbound();

    interface Outbound {
        /** How often the deliverer looks for due deliveries (Quarkus duration). */
        @WithDefault("5s")
        String every();

        /** Deliveries claimed per round. */
        @WithDefault("50")
        int batchSize();

        /** Attempts before a delivery is marked failed. */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failure; doubled after each further one, with up to 20% jitter. */
        @WithDefault("PT10S")
        Duration backoff();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Connect and response timeout of one delivery. */
        @WithDefault("PT5S")
        Duration timeout();

        /** How long a claimed delivery is leased to one replica before another may claim it again (longer than the timeout). */
        @WithDefault("PT1M")
        Duration lease();

        /** Whether http://localhost URLs are allowed (development and tests); otherwise https only. */
        @WithDefault("false")
        boolean allowLocalhost();
    }

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

    interface Retention {
        /** The log of replies sent and suppressed (message_auto_response_log, by created_at). */
        @WithDefault("P180D")
        Duration log();

        /** Webhook deliveries seen (message_auto_response_webhook_deliveries, by received_at): far beyond the signature tolerance. */
        @WithDefault("P1D")
        Duration webhookDeliveries();

        /** Conversation lock rows (message_auto_response_conversation_locks, by locked_at): only a mutex, the cap counts the log. */
        @WithDefault("P1D")
        Duration conversationLocks();

        /** Delivered and failed outbound deliveries (message_auto_response_outbox, by created_at); pending ones stay. */
        @WithDefault("P30D")
        Duration outbox();
    }
}
