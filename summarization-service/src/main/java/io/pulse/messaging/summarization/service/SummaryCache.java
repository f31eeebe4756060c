package io.pulse.messaging.summarization.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.model.ConversationSummary;
import io.pulse.messaging.summarization.model.SummaryCacheEntry;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryView;
import io.pulse.messaging.summarization.repository.SummaryCacheRepository;
import io.pulse.messaging.summarization.repository.SummaryRepository;
import io.smallrye.mutiny.Uni;

/**
 * Answers a {@link SummaryJob} from the content-keyed cache, or computes and stores it. A miss takes a per-user, per-key
 * advisory lock before it computes, so identical requests that arrive together (on any replica) wait for the first and
 * are then served its result.
 */
@Singleton
class SummaryCache {

    private final Ownership ownership;
    private final SummaryRepository summaries;
    private final SummaryCacheRepository cache;
    private final CacheStatistics statistics;
    private final Clock clock;
    private final SummarizationConfig config;
    private final String engineName;
    private final Timer engineTimer;

    SummaryCache(Ownership ownership, SummaryRepository summaries, SummaryCacheRepository cache, CacheStatistics statistics,
            Clock clock, SummarizationConfig config, SummaryEngine engine, MeterRegistry registry) {
        this.ownership = ownership;
        this.summaries = summaries;
        this.cache = cache;
        this.statistics = statistics;
        this.clock = clock;
        this.config = config;
        this.engineName = engine.name();
        this.engineTimer = Timer.builder("pulse.summary.engine.time").tag("engine", engineName)
                .description("Time the engine spends per summary or digest").register(registry);
    }

    /**
     * The job's summary, in one transaction as the job's owner: the owner may be a reader named in the request body
     * (which {@code CurrentUser.actFor} allowed), not the user the token acts for, so this is {@code Ownership.asUser}.
     */
    Uni<SummaryView> serve(SummaryJob job) {
        return ownership.asUser(job.owner(), scope -> lookup(scope, job)
                .onItem().ifNull().switchTo(() -> computeOnce(scope, job)));
    }

    /** Waits for any transaction computing the same key, then looks again: computes only if it still finds nothing. */
    private Uni<SummaryView> computeOnce(UserScope scope, SummaryJob job) {
        return cache.lockKey(scope, job.key())
                .chain(() -> lookup(scope, job))
                .onItem().ifNull().switchTo(() -> compute(scope, job));
    }

    private Uni<SummaryView> lookup(UserScope scope, SummaryJob job) {
        return summaries.findCached(scope, job.key(), Timestamps.now(clock)).map(found -> {
            if (found == null) {
                return null;
            }
            statistics.hit(job.owner());
            return SummaryView.cached(found);
        });
    }

    /** Runs the engine off the event loop (the transaction and its lock stay open), then stores the summary and its entry. */
    private Uni<SummaryView> compute(UserScope scope, SummaryJob job) {
        statistics.miss(job.owner());
        return OffLoop.compute(() -> engineTimer.record(job.compute()))
                .chain(content -> store(scope, job, content));
    }

    private Uni<SummaryView> store(UserScope scope, SummaryJob job, SummaryContent content) {
        OffsetDateTime now = Timestamps.now(clock);
        ConversationSummary summary = summary(job, content, now);
        return summaries.persist(scope, summary)
                .chain(() -> cache.deleteKey(scope, job.key()))
                .chain(() -> cache.persist(scope, entry(job.key(), summary.getId(), now)))
                .replaceWith(() -> SummaryView.of(summary, false));
    }

    private ConversationSummary summary(SummaryJob job, SummaryContent content, OffsetDateTime now) {
        ConversationSummary s = new ConversationSummary();
        s.setConversationId(job.conversationId());
        s.setType(job.type());
        s.setDate(job.date());
        s.setTimeZone(job.zone().getId());
        s.setEngine(engineName);
        s.setSummaryText(content.summary());
        s.setContent(content);
        s.setMessageCount(job.messageCount());
        s.setCreatedAt(now);
        s.setExpiresAt(now.plus(config.retention()));
        return s;
    }

    private SummaryCacheEntry entry(String key, UUID summaryId, OffsetDateTime now) {
        SummaryCacheEntry entry = new SummaryCacheEntry();
        entry.setCacheKey(key);
        entry.setSummaryId(summaryId);
        entry.setCreatedAt(now);
        entry.setExpiresAt(now.plus(config.cacheTtl()));
        return entry;
    }
}
