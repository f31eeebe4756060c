package io.pulse.messaging.autoresponse.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Daily cleanup of expired cooldowns and old webhook deliveries ({@code cleanup_auto_response_state()}), on one
 * replica at a time. The schedule is {@code pulse.auto-response.cleanup.cron} (see {@link AutoResponseConfig.Cleanup}).
 */
@ApplicationScoped
public class ScheduledCleanup {

    private final ExclusiveJobs jobs;

    public ScheduledCleanup(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "auto-response-cleanup", cron = "{pulse.auto-response.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> cleanup() {
        return jobs.runCleanup("auto_response.cleanup_auto_response_state").replaceWithVoid();
    }
}
