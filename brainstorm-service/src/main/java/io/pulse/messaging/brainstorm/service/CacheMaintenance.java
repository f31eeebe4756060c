package io.pulse.messaging.brainstorm.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Drops expired AI answers daily at 02:00 (SPEC.md), on one replica at a time. */
@ApplicationScoped
public class CacheMaintenance {

    static final String CLEANUP_FUNCTION = "brainstorm.cleanup_expired_brainstorm_cache";

    private final ExclusiveJobs jobs;

    public CacheMaintenance(ExclusiveJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "brainstorm-cache-cleanup", cron = "${brainstorm.cache.cleanup-cron:0 0 2 * * ?}")
    public Uni<Void> cleanup() {
        return jobs.runCleanup(CLEANUP_FUNCTION).replaceWithVoid();
    }
}
