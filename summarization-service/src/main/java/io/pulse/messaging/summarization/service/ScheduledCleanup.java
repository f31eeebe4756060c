package io.pulse.messaging.summarization.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Removes expired summaries and cache entries on the schedule of {@code pulse.summarization.cleanup.cron} (02:00
 * daily by default), on one replica at a time. Reads never depend on it: they skip expired rows themselves.
 */
@ApplicationScoped
public class ScheduledCleanup {

    static final String FUNCTION = "summarization.cleanup_expired_summaries";

    private final ExclusiveJobs jobs;

    public ScheduledCleanup(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "summaries-cleanup", cron = "{pulse.summarization.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return cleanup().replaceWithVoid();
    }

    /** Runs the cleanup unless another replica is running it: the number of rows removed, or empty when skipped. */
    public Uni<Optional<Long>> cleanup() {
        return jobs.runCleanup(FUNCTION);
    }
}
