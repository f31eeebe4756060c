package io.pulse.messaging.summarization.service;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.summarization.engine.ChatMessage;
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

    /** A known body's job is made on the event loop when its messages' part of the key is at most this long. */
    private static final int INLINE_KEY_BYTES = 64 * 1024;

    private final ThreadJobs threads;
    private final SummaryRequests requests;
    private final KnownBodies bodies;
    private final DigestJobs digests;
    private final SummaryCache cache;
    private final SummaryRepository summaries;
    private final SummaryReads reads;
    private final SqlOwnership ownership;
    private final SqlAuditTrail audit;
    private final Clock clock;

    SummaryService(ThreadJobs threads, SummaryRequests requests, KnownBodies bodies, DigestJobs digests, SummaryCache cache, SummaryRepository summaries, SummaryReads reads,
            SqlOwnership ownership, SqlAuditTrail audit, Clock clock) {
        this.reads = reads;
        this.ownership = ownership;
        this.threads = threads;
        this.requests = requests;
        this.bodies = bodies;
        this.digests = digests;
        this.cache = cache;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Summarises the conversation of a request {@code body} sent by {@code caller} (the token's subject), from the cache
     * when the same content was summarised lately; {@code owners} turns the body's {@code options.readerId} (null when
     * absent) into the summary's owner, or refuses it. A body this caller sent lately ({@link KnownBodies}) is not read
     * again; any other is read and validated here (bad input throws, as the REST layer would have) and its job (the
     * options' checks and the content key: a hash over up to 4 MB of messages) is made on a worker thread.
     */
    public Uni<SummaryAnswer> summarize(UUID caller, byte[] body, Function<UUID, UUID> owners) throws IOException {
        KnownBodies.Key bodyKey = KnownBodies.keyOf(caller, body);
        ThreadJobs.Prepared known = bodies.get(bodyKey);
        if (known != null) {
            UUID owner = owners.apply(known.readerId());
            Supplier<List<ChatMessage>> messages = () -> RequestInputs.messages(requests.reread(body).messages());
            return known.messagesKey().length <= INLINE_KEY_BYTES ? cache.serve(threads.job(owner, known, messages))
                    : OffLoop.compute(() -> threads.job(owner, known, messages)).chain(cache::serve);
        }
        SummaryRequest request = requests.read(body);
        UUID owner = owners.apply(request.options() == null ? null : request.options().readerId());
        return OffLoop.compute(() -> {
            List<ChatMessage> messages = RequestInputs.messages(request.messages());
            ThreadJobs.Prepared prepared = threads.prepare(request, messages);
            bodies.put(bodyKey, prepared);
            return threads.job(owner, prepared, () -> messages);
        }).chain(cache::serve);
    }

    /** The daily digest of several conversations for {@code owner}, from the cache likewise. */
    public Uni<SummaryAnswer> digest(UUID owner, DigestRequest request) {
        return OffLoop.compute(() -> digests.job(owner, request)).chain(cache::serve);
    }

    /** The user's summary with this id; 404 when there is none or it has expired. One statement on the SQL client. */
    public Uni<SummaryView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> reads.live(scope, id, Timestamps.now(clock)))
                .onItem().ifNull().failWith(() -> ApiException.notFound("Summary"))
                .map(s -> SummaryView.stored(s, false));
    }

    /** The user's summaries that have not expired, newest first. One statement on the SQL client. */
    public Uni<Page<SummaryView>> list(SummaryRepository.Filter filter, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> reads.list(scope, filter, Timestamps.now(clock), page))
                .map(p -> p.map(s -> SummaryView.stored(s, false)));
    }

    /**
     * Deletes the user's summary with this id and its cache entries, recorded in the audit trail as
     * {@code summary.deleted} (the id only) in the same transaction; 404 when there is none or it has expired.
     */
    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> summaries.deleteLive(scope, id, Timestamps.now(clock))
                .onItem().transformToUni(deleted -> deleted
                        ? audit.record(scope, AuditEvent.of("summary.deleted", "summary", id))
                        : Uni.createFrom().failure(ApiException.notFound("Summary"))));
    }
}
