package io.pulse.messaging.intelligence.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Retention: sentiment history is kept 90 days and topic history 60 days. The SQL function
 * {@code cleanup_old_intelligence_history()} removes older rows when {@code pulse.intelligence.cleanup.cron} says
 * (weekly, Sunday 03:00, by default), on one replica at a time.
 */
@ApplicationScoped
public class ScheduledCleanup {

    static final String FUNCTION = "intelligence.cleanup_old_intelligence_history";

    private final ExclusiveJobs jobs;

    public ScheduledCleanup(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "intelligence-history-cleanup", cron = "{pulse.intelligence.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return cleanup().replaceWithVoid();
    }

    /** Runs the cleanup unless another replica is running it; the number of rows removed, or empty when skipped. */
    public Uni<Optional<Long>> cleanup() {
        return jobs.runCleanup(FUNCTION);
    }
}
