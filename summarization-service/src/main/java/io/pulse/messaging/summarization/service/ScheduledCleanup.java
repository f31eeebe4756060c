package io.pulse.messaging.summarization.service;

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
 * Removes expired cache entries, summaries and leases on the schedule of {@code pulse.summarization.cleanup.cron}
 * (02:00 daily by default), on one replica per firing, in batches ({@link RetentionJob}). Every row carries its own
 * expiry ({@code expires_at}, from {@code pulse.summarization.cache-ttl} and {@code retention} at insert), so each kind
 * is {@link Retention#expired}. Reads never depend on it: they skip expired rows themselves.
 */
@ApplicationScoped
public class ScheduledCleanup {

    /** The kinds of {@code summarization.retention_batch}, in the order they run: a summary's cache entries first. */
    static final List<Retention> RETENTIONS = List.of(
            Retention.expired("summary_cache"),
            Retention.expired("conversation_summaries"),
            Retention.expired("summary_leases"));

    private final RetentionJob retention;

    public ScheduledCleanup(RetentionJob retention) {
        this.retention = retention;
    }

    @Scheduled(identity = "summaries-cleanup", cron = "{pulse.summarization.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled(ScheduledExecution execution) {
        return cleanup(execution.getScheduledFireTime()).replaceWithVoid();
    }

    /**
     * Runs the retention for the schedule's firing at {@code firedAt} unless another replica has taken that firing or
     * holds the job: the rows removed by kind, or empty when skipped.
     */
    public Uni<Optional<Map<String, Long>>> cleanup(Instant firedAt) {
        return retention.run(firedAt, RETENTIONS);
    }
}
