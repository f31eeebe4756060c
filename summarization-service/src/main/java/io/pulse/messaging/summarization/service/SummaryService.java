package io.pulse.messaging.summarization.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.AuditTrail;
import io.pulse.messaging.common.ownership.AsCurrentUser;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.summarization.model.DigestRequest;
import io.pulse.messaging.summarization.model.SummaryRequest;
import io.pulse.messaging.summarization.model.SummaryView;
import io.pulse.messaging.summarization.repository.SummaryReads;
import io.pulse.messaging.summarization.repository.SummaryRepository;
import io.smallrye.mutiny.Uni;

/**
 * Summaries and digests: a request becomes a {@link SummaryJob} ({@link ThreadJobs}, {@link DigestJobs}), which the
 * {@link SummaryCache} answers (in short transactions, none open while an engine or the model runs); stored summaries
 * are read and deleted as the request's user, one transaction per request.
 */
@ApplicationScoped
public class SummaryService {

    private final ThreadJobs threads;
    private final DigestJobs digests;
    private final SummaryCache cache;
    private final SummaryRepository summaries;
    private final SummaryReads reads;
    private final Ownership ownership;
    private final AuditTrail audit;
    private final Clock clock;

    SummaryService(ThreadJobs threads, DigestJobs digests, SummaryCache cache, SummaryRepository summaries, SummaryReads reads,
            Ownership ownership, AuditTrail audit, Clock clock) {
        this.reads = reads;
        this.ownership = ownership;
        this.threads = threads;
        this.digests = digests;
        this.cache = cache;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Summarises one conversation for {@code owner}, from the cache when the same content was summarised lately. The job
     * (validation and the content key: a hash over up to 4 MB of messages) is made on a worker thread, not the event loop.
     */
    public Uni<SummaryView> summarize(UUID owner, SummaryRequest request) {
        return OffLoop.compute(() -> threads.job(owner, request)).chain(cache::serve);
    }

    /** The daily digest of several conversations for {@code owner}, from the cache likewise. */
    public Uni<SummaryView> digest(UUID owner, DigestRequest request) {
        return OffLoop.compute(() -> digests.job(owner, request)).chain(cache::serve);
    }

    /** The user's summary with this id; 404 when there is none or it has expired. One statement on the SQL client. */
    public Uni<SummaryView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> reads.live(scope, id, Timestamps.now(clock)))
                .onItem().ifNull().failWith(() -> ApiException.notFound("Summary"))
                .map(s -> SummaryView.stored(s, false));
    }

    /** The user's summaries that have not expired, newest first. */
    @AsCurrentUser
    public Uni<Page<SummaryView>> list(SummaryRepository.Filter filter, PageParams page) {
        return summaries.list(UserScope.current(), filter, Timestamps.now(clock), page)
                .map(p -> p.map(s -> SummaryView.of(s, false)));
    }

    /**
     * Deletes the user's summary with this id and its cache entries, recorded in the audit trail as
     * {@code summary.deleted} (the id only) in the same transaction; 404 when there is none or it has expired.
     */
    @AsCurrentUser
    public Uni<Void> delete(UUID id) {
        UserScope scope = UserScope.current();
        return summaries.deleteLive(scope, id, Timestamps.now(clock))
                .onItem().transformToUni(deleted -> deleted
                        ? audit.record(scope, AuditEvent.of("summary.deleted", "summary", id))
                        : Uni.createFrom().failure(ApiException.notFound("Summary")));
    }
}
