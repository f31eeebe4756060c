package io.pulse.messaging.summarization.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Removes expired summaries (30 days) and cache entries (10 minutes) daily, at 02:00 by default
 * ({@code pulse.summaries.cleanup-cron}), on one replica at a time. Reads never depend on it: they skip expired
 * rows themselves.
 */
@ApplicationScoped
public class SummaryRetention {

    static final String FUNCTION = "summarization.cleanup_expired_summaries";

    private final ExclusiveJobs jobs;

    public SummaryRetention(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "summaries-cleanup", cron = "${pulse.summaries.cleanup-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return cleanup().replaceWithVoid();
    }

    /** Runs the cleanup unless another replica is running it: the number of rows removed, or empty when skipped. */
    public Uni<Optional<Long>> cleanup() {
        return jobs.runCleanup(FUNCTION);
    }
}
