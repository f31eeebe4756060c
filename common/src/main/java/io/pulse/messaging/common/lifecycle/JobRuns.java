package io.pulse.messaging.common.lifecycle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Which replica runs a scheduled job, through the schema's {@code job_runs} table: a replica takes one firing of the
 * schedule only when no other holds an unexpired lease and none has taken that firing already, so a schedule that
 * fires on every replica at once runs once; the lease is renewed batch by batch and lapses if the replica dies.
 */
@ApplicationScoped
public class JobRuns {

    private final Pool pool;
    private final LifecycleSettings settings;

    public JobRuns(Pool pool, LifecycleSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /** Takes the job for the firing at {@code firedAt}; true when this replica now runs it. */
    public Uni<Boolean> acquire(String job, Instant firedAt) {
        return single("select " + settings.schema() + ".pulse_job_acquire($1, $2, $3, $4 * interval '1 millisecond')",
                Tuple.of(job, settings.replica(), OffsetDateTime.ofInstant(firedAt, ZoneOffset.UTC), settings.lease().toMillis()));
    }

    /** Extends this replica's lease; false when it lapsed and another replica may have taken the job. */
    public Uni<Boolean> renew(String job) {
        return single("select " + settings.schema() + ".pulse_job_renew($1, $2, $3 * interval '1 millisecond')",
                Tuple.of(job, settings.replica(), settings.lease().toMillis()));
    }

    /** Ends this replica's run, recording how many rows it removed. */
    public Uni<Void> release(String job, long removed) {
        return pool.preparedQuery("select " + settings.schema() + ".pulse_job_release($1, $2, $3)")
                .execute(Tuple.of(job, settings.replica(), removed))
                .replaceWithVoid();
    }

    private Uni<Boolean> single(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments)
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
