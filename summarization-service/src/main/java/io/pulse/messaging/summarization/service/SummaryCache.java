package io.pulse.messaging.summarization.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.summarization.model.CachedSummary;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryView;
import io.pulse.messaging.summarization.repository.SummaryCacheRepository;
import io.pulse.messaging.summarization.repository.SummaryLeaseRepository;
import io.pulse.messaging.summarization.repository.SummaryReads;
import io.pulse.messaging.summarization.repository.SummaryRepository;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Answers a {@link SummaryJob} from the content-keyed cache, or computes and stores it, so that concurrent identical
 * requests (on any replica) compute once, and no database connection is held while the engine or the model runs.
 * Identical requests on this replica share one answer ({@link InFlight}); across replicas:
 * <ol>
 * <li>a short transaction looks the key up; on a miss it takes the key's lease ({@code summary_leases}), unless
 * another request holds a live one;</li>
 * <li>the lease's holder computes on a worker thread, outside any transaction, then stores the summary, its cache entry
 * and the lease's removal in a second short transaction;</li>
 * <li>the others wait without a connection, looking again every {@code pulse.summarization.lease.poll-interval}, until
 * the result is there (served as a cache hit) or the lease has expired (its holder died): the next one takes it over.
 * A holder that fails gives its lease up at once.</li>
 * </ol>
 */
@Singleton
class SummaryCache {

    private enum State { HIT, TAKEN, BUSY }

    /** What a look at the key found: the summary, the lease for this request, or another request computing. */
    private record Claim(State state, SummaryAnswer answer) {
        static final Claim TAKEN = new Claim(State.TAKEN, null);
        static final Claim BUSY = new Claim(State.BUSY, null);
    }

    private final SqlOwnership ownership;
    private final SummaryRepository summaries;
    private final SummaryReads reads;
    private final SummaryCacheRepository cache;
    private final SummaryLeaseRepository leases;
    private final InFlight inFlight;
    private final Renderings renderings;
    private final CacheStatistics statistics;
    private final Clock clock;
    private final SummarizationConfig config;
    private final MeterRegistry registry;
    private final Vertx vertx;

    SummaryCache(SqlOwnership ownership, SummaryRepository summaries, SummaryReads reads, SummaryCacheRepository cache, SummaryLeaseRepository leases,
            InFlight inFlight, Renderings renderings, CacheStatistics statistics, Clock clock, SummarizationConfig config,
            MeterRegistry registry, Vertx vertx) {
        this.renderings = renderings;
        this.vertx = vertx;
        this.ownership = ownership;
        this.summaries = summaries;
        this.reads = reads;
        this.cache = cache;
        this.leases = leases;
        this.inFlight = inFlight;
        this.statistics = statistics;
        this.clock = clock;
        this.config = config;
        this.registry = registry;
    }

    /**
     * The job's summary. Its transactions run as the job's owner: the owner may be a reader named in the request body
     * (which {@code CurrentUser.actFor} allowed), not the user the token acts for, so this is {@code SqlOwnership.sqlAsUser}.
     */
    Uni<SummaryAnswer> serve(SummaryJob job) {
        Uni<SummaryAnswer> served = inFlight.share(job.owner() + ":" + job.key(), () -> attempt(job, UUID.randomUUID()),
                () -> statistics.hit(job.owner()));
        // Decided when subscribed, where the work will run: a request's duplicated context serves as it is; anything else
        // (no context, or an event loop's root context) gets its own, so the job's steps stay on one context.
        return Uni.createFrom().deferred(() -> VertxContext.isOnDuplicatedContext() ? served : served.runSubscriptionOn(newContext()));
    }

    /**
     * A new duplicated Vert.x context, marked safe, for a job served from outside any (not a request's): the SQL client
     * answers on the context it is called from, and the store that follows runs there too.
     */
    private Executor newContext() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return task -> context.runOnContext(ignored -> task.run());
    }

    private Uni<SummaryAnswer> attempt(SummaryJob job, UUID holder) {
        return ownership.sqlAsUser(job.owner(), scope -> claim(scope, job, holder))
                .chain(claim -> switch (claim.state()) {
                    case HIT -> Uni.createFrom().item(claim.answer());
                    case TAKEN -> compute(job, holder);
                    case BUSY -> OffLoop.backToCaller(Uni.createFrom().item(1).onItem().delayIt().by(config.lease().pollInterval()))
                            .chain(() -> attempt(job, holder));
                });
    }

    /**
     * In one short transaction on the SQL client (a hit is one prepared statement after the user binding): the cached summary, else the lease. Having taken the lease it looks once more: a holder
     * that stored its result and gave up its lease between the first look and the taking leaves the result there.
     */
    private Uni<Claim> claim(SqlScope scope, SummaryJob job, UUID holder) {
        return lookup(scope, job).chain(found -> found != null ? Uni.createFrom().item(found)
                : leases.take(scope, job.key(), holder, job.lease()).chain(taken -> !taken ? Uni.createFrom().item(Claim.BUSY)
                        : lookup(scope, job).chain(stored -> stored == null ? Uni.createFrom().item(Claim.TAKEN)
                                : leases.release(scope, job.key(), holder).replaceWith(stored))));
    }

    /**
     * The summary a live cache entry of the key points to, as a hit answers it: its id only, when this replica wrote
     * that summary's answer lately ({@link Renderings}); else its row too, written then.
     */
    private Uni<Claim> lookup(SqlScope scope, SummaryJob job) {
        OffsetDateTime now = Timestamps.now(clock);
        return reads.cachedId(scope, job.key(), now).chain(id -> {
            if (id == null) {
                return Uni.createFrom().nullItem();
            }
            byte[] written = renderings.get(job.owner(), id);
            if (written != null) {
                return Uni.createFrom().item(hit(job, written));
            }
            return reads.live(scope, id, now).map(found -> found == null ? null
                    : hit(job, renderings.render(job.owner(), SummaryView.cached(found))));
        });
    }

    private Claim hit(SummaryJob job, byte[] json) {
        statistics.hit(job.owner());
        return new Claim(State.HIT, SummaryAnswer.written(json));
    }

    /**
     * Computes on a worker thread, no transaction open; stores in a short one; gives the lease up if either fails. A
     * result whose owner was erased meanwhile is not stored (409): on this replica {@link ErasedOnReplica} says so at
     * once; on any replica the erasure deleted the lease, which {@link #store} finds gone.
     */
    private Uni<SummaryAnswer> compute(SummaryJob job, UUID holder) {
        statistics.miss(job.owner());
        return OffLoop.compute(() -> timed(job))
                .chain(made -> ownership.sqlAsUser(job.owner(), scope -> store(scope, job, made, holder)))
                .onFailure().call(failure -> ownership.sqlAsUser(job.owner(), scope -> leases.release(scope, job.key(), holder))
                        .onFailure().recoverWithNull());
    }

    private Generated<SummaryContent> timed(SummaryJob job) {
        long start = System.nanoTime();
        Generated<SummaryContent> made = job.compute().get();
        Timer.builder("pulse.summary.engine.time").tag("engine", made.engine().engine())
                .description("Time the engine (the model and its checks, or the local engine) spends per summary or digest")
                .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
        return made;
    }

    private Uni<SummaryAnswer> store(SqlScope scope, SummaryJob job, Generated<SummaryContent> made, UUID holder) {
        OffsetDateTime now = Timestamps.now(clock);
        CachedSummary summary = summary(job, made, now);
        Duration ttl = made.engine().fellBack() && config.fallbackCacheTtl().compareTo(config.cacheTtl()) < 0
                ? config.fallbackCacheTtl() : config.cacheTtl();
        return leases.held(scope, job.key(), holder).chain(held -> {
            if (!held) {
                throw ApiException.conflict("This summary's lease was lost while it was computed (the user was erased, or it "
                        + "ran past its lease); it was not stored. Retry.");
            }
            return summaries.insert(scope, summary, job.messageCount())
                    .chain(() -> cache.put(scope, job.key(), summary.id(), now, now.plus(ttl)))
                    .replaceWith(() -> SummaryAnswer.of(SummaryView.stored(summary, false)));
        });
    }

    private CachedSummary summary(SummaryJob job, Generated<SummaryContent> made, OffsetDateTime now) {
        return new CachedSummary(summaries.newId(), job.conversationId(), job.type(), job.date(), job.zone().getId(),
                made.engine().engine(), made.engine().fallbackReason(), now, now.plus(config.retention()), made.value());
    }
}
