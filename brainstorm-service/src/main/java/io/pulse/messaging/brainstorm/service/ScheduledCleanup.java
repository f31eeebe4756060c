package io.pulse.messaging.brainstorm.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Drops expired AI answers on the schedule of {@code pulse.brainstorm.cleanup.cron} (daily at 02:00, see README.md),
 * on one replica at a time.
 */
@ApplicationScoped
public class ScheduledCleanup {

    static final String CLEANUP_FUNCTION = "brainstorm.cleanup_expired_brainstorm_cache";

    private final ExclusiveJobs jobs;

    public ScheduledCleanup(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "brainstorm-cache-cleanup", cron = "{pulse.brainstorm.cleanup.cron}")
    public Uni<Void> cleanup() {
        return jobs.runCleanup(CLEANUP_FUNCTION).replaceWithVoid();
    }
}
