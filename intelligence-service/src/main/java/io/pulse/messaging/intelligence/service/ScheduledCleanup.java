package io.pulse.messaging.intelligence.service;

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
 * Retention, when {@code pulse.intelligence.cleanup.cron} says (weekly, Sunday 03:00, by default), on one replica per
 * firing, in batches ({@link RetentionJob}): conversations not analysed for
 * {@code pulse.intelligence.retention.conversation-intelligence} (90 days) with their histories, sentiment history after
 * {@code pulse.intelligence.retention.sentiment-history} (90 days) and topic history after
 * {@code pulse.intelligence.retention.topic-history} (60 days), then common's audit trail and erasure records.
 */
@ApplicationScoped
public class ScheduledCleanup {

    private final RetentionJob job;
    private final List<Retention> retentions;

    public ScheduledCleanup(RetentionJob job, IntelligenceConfig config) {
        this.job = job;
        IntelligenceConfig.Retention keep = config.retention();
        this.retentions = List.of(
                new Retention("conversation_intelligence", keep.conversationIntelligence()),
                new Retention("sentiment_history", keep.sentimentHistory()),
                new Retention("topic_detection_history", keep.topicHistory()));
    }

    @Scheduled(identity = "intelligence-history-cleanup", cron = "{pulse.intelligence.cleanup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled(ScheduledExecution execution) {
        return cleanup(execution.getScheduledFireTime()).replaceWithVoid();
    }

    /**
     * Runs the retention for the schedule's firing at {@code firedAt}, unless another replica took that firing or holds
     * the job: the rows removed by kind, or empty when skipped.
     */
    public Uni<Optional<Map<String, Long>>> cleanup(Instant firedAt) {
        return job.run(firedAt, retentions);
    }
}
