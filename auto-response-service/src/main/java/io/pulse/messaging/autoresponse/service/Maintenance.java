package io.pulse.messaging.autoresponse.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Daily cleanup of expired cooldowns and old webhook deliveries, on one replica at a time. */
@ApplicationScoped
public class Maintenance {

    private final ExclusiveJobs jobs;

    public Maintenance(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "{pulse.auto-response.cleanup-cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> cleanup() {
        return jobs.runCleanup("auto_response.cleanup_auto_response_state").replaceWithVoid();
    }
}
