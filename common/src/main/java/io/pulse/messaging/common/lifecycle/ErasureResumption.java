package io.pulse.messaging.common.lifecycle;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Carries on erasures whose replica stopped reporting progress (it died, or lost the database): every
 * {@code pulse.lifecycle.erasure.resume-every}, a replica claims those silent for longer than
 * {@code pulse.lifecycle.erasure.stale} (each claim is taken by one replica only) and runs them to the end.
 */
@ApplicationScoped
public class ErasureResumption {

    private static final int MOST_PER_RUN = 10;

    private final Pool pool;
    private final LifecycleSettings settings;
    private final UserErasure erasure;
    private final Duration stale;

    public ErasureResumption(Pool pool, LifecycleSettings settings, UserErasure erasure,
            @ConfigProperty(name = "pulse.lifecycle.erasure.stale", defaultValue = "PT1M") Duration stale) {
        this.pool = pool;
        this.settings = settings;
        this.erasure = erasure;
        this.stale = stale;
    }

    @Scheduled(identity = "pulse-erasure-resumption", every = "${pulse.lifecycle.erasure.resume-every:30s}",
            delayed = "${pulse.lifecycle.erasure.resume-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return resumeStale().onFailure().recoverWithItem(failure -> {
            Log.warnf("Resuming erasures in %s failed (tried again later): %s", settings.schema(), failure.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** Claims and finishes the erasures that stopped; how many it resumed. */
    public Uni<Integer> resumeStale() {
        return pool.preparedQuery("select erasure_id, erased_user from " + settings.schema()
                        + ".pulse_erasure_claim_stale($1 * interval '1 millisecond', $2)")
                .execute(Tuple.of(stale.toMillis(), MOST_PER_RUN))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(row -> erasure.runToEnd(row.getUUID("erasure_id"), row.getUUID("erased_user"))
                        .replaceWith(1))
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }
}
