package io.pulse.messaging.common.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Removes rows past their retention, on one replica per firing of the schedule ({@link JobRuns}), in batches of
 * {@code pulse.lifecycle.batch-size} rows: each batch is one short statement of the service's SECURITY DEFINER
 * function {@code <schema>.retention_batch(kind, older_than, batch_size)}, so no table is locked and no transaction
 * stays open. Rows removed are counted in {@code pulse_retention_rows_removed_total}, tagged with the kind.
 */
@ApplicationScoped
public class RetentionJob {

    private static final String JOB = "retention";

    private final Pool pool;
    private final JobRuns jobs;
    private final LifecycleSettings settings;
    private final MeterRegistry metrics;
    private final Clock clock;

    public RetentionJob(Pool pool, JobRuns jobs, LifecycleSettings settings, MeterRegistry metrics, Clock clock) {
        this.pool = pool;
        this.jobs = jobs;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Runs the retentions for the schedule's firing at {@code firedAt} (a manual run passes the current time), unless
     * another replica has taken that firing or holds the job. The audit trail and finished erasure records
     * ({@code pulse.lifecycle.audit-retention}) are added to the service's {@code retentions}.
     *
     * @return rows removed by kind, in the order given; empty when this replica did not run the job
     */
    public Uni<Optional<Map<String, Long>>> run(Instant firedAt, List<Retention> retentions) {
        return jobs.acquire(JOB, firedAt).chain(acquired -> {
            if (!acquired) {
                Log.debugf("Retention in %s: taken by another replica; skipped here", settings.schema());
                return Uni.createFrom().item(Optional.<Map<String, Long>>empty());
            }
            List<Retention> all = new ArrayList<>(retentions);
            all.add(new Retention("audit_log", settings.auditRetention()));
            all.add(new Retention("user_erasures", settings.auditRetention()));
            Map<String, Long> removed = new LinkedHashMap<>();
            AtomicBoolean held = new AtomicBoolean(true);
            return Multi.createFrom().iterable(all)
                    .onItem().transformToUniAndConcatenate(retention -> held.get()
                            ? expire(retention, held).invoke(count -> removed.put(retention.kind(), count))
                            : Uni.createFrom().item(0L))
                    .collect().last()
                    .call(() -> jobs.release(JOB, removed.values().stream().mapToLong(Long::longValue).sum()))
                    .invoke(() -> Log.infof("Retention in %s for the firing at %s removed %s", settings.schema(), firedAt, removed))
                    .map(ignored -> Optional.of(Collections.unmodifiableMap(removed)));
        });
    }

    /** Removes one kind's expired rows batch by batch, while this replica still holds the job. */
    private Uni<Long> expire(Retention retention, AtomicBoolean held) {
        OffsetDateTime olderThan = OffsetDateTime.ofInstant(clock.instant().minus(retention.keep()), ZoneOffset.UTC);
        Counter counter = Counter.builder("pulse.retention.rows.removed")
                .description("Rows removed because their retention ended, by kind")
                .tag("kind", retention.kind())
                .register(metrics);
        String sql = "select " + settings.schema() + ".retention_batch($1, $2, $3)";
        return Multi.createBy().repeating()
                .uni(() -> pool.preparedQuery(sql).execute(Tuple.of(retention.kind(), olderThan, settings.batchSize()))
                        .map(rows -> rows.iterator().next().getLong(0))
                        .invoke(count -> counter.increment(count))
                        .call(count -> jobs.renew(JOB).invoke(held::set)))
                .whilst(count -> count >= settings.batchSize() && held.get())
                .collect().with(Collectors.summingLong(Long::longValue));
    }
}
