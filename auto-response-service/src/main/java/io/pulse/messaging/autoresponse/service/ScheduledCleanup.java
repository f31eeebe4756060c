package io.pulse.messaging.autoresponse.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.lifecycle.Retention;
import io.pulse.messaging.common.lifecycle.RetentionJob;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;

/**
 * The daily cleanup, on one replica per firing of {@code pulse.auto-response.cleanup.cron}: every retention of this
 * service ({@link AutoResponseConfig.Retention}, expired cooldowns) and the audit trail's, batch by batch, through
 * {@code auto_response.retention_batch} ({@link RetentionJob}).
 */
@ApplicationScoped
public class ScheduledCleanup {

    static final String LOG = "message_auto_response_log";
    static final String WEBHOOK_DELIVERIES = "message_auto_response_webhook_deliveries";
    static final String COOLDOWNS = "message_auto_response_cooldowns";
    static final String CONVERSATION_LOCKS = "message_auto_response_conversation_locks";
    static final String OUTBOX = "message_auto_response_outbox";

    private final RetentionJob job;
    private final AutoResponseConfig config;

    public ScheduledCleanup(RetentionJob job, AutoResponseConfig config) {
        this.job = job;
        this.config = config;
    }

    @Scheduled(identity = "auto-response-cleanup", cron = "{pulse.auto-response.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled(ScheduledExecution execution) {
        return cleanup(execution.getScheduledFireTime()).replaceWithVoid();
    }

    /** Runs the retentions for the schedule's firing at {@code firedAt}; rows removed by kind, empty when another replica ran it. */
    public Uni<Optional<Map<String, Long>>> cleanup(Instant firedAt) {
        return job.run(firedAt, retentions());
    }

    /** This service's retentions, by kind (the table's name). */
    public List<Retention> retentions() {
        AutoResponseConfig.Retention keep = config.retention();
        return List.of(new Retention(LOG, keep.log()), new Retention(WEBHOOK_DELIVERIES, keep.webhookDeliveries()),
                Retention.expired(COOLDOWNS), new Retention(CONVERSATION_LOCKS, keep.conversationLocks()),
                new Retention(OUTBOX, keep.outbox()));
    }
}
