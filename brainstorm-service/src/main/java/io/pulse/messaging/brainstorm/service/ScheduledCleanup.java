package io.pulse.messaging.brainstorm.service;

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
 * The service's retention, on the schedule of {@code pulse.brainstorm.cleanup.cron} (daily at 02:00, see README.md), on
 * one replica per firing, in batches ({@link RetentionJob}): cached AI answers once they expire
 * ({@code pulse.brainstorm.suggestions.ttl}, 24 hours by default, after they were written), plus the audit trail and finished erasure records (common's {@code pulse.lifecycle.audit-retention}).
 * Sessions, ideas, votes, members and clusterings are the users' content: kept until deleted or erased.
 */
@ApplicationScoped
public class ScheduledCleanup {

    static final List<Retention> RETENTIONS = List.of(Retention.expired("brainstorm_ai_cache"));

    private final RetentionJob retention;

    public ScheduledCleanup(RetentionJob retention) {
        this.retention = retention;
    }

    @Scheduled(identity = "brainstorm-cache-cleanup", cron = "{pulse.brainstorm.cleanup.cron}")
    Uni<Void> scheduled(ScheduledExecution execution) {
        return cleanup(execution.getScheduledFireTime()).replaceWithVoid();
    }

    /** Runs the retention for the firing at {@code firedAt}: rows removed by kind, or empty when another replica runs it. */
    public Uni<Optional<Map<String, Long>>> cleanup(Instant firedAt) {
        return retention.run(firedAt, RETENTIONS);
    }
}
