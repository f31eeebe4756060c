package io.pulse.messaging.common.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Erases everything one user has in this service, batch by batch: each batch is one short statement,
 * {@code <schema>.pulse_erasure_batch(erasure, batch_size)}, which runs the service's SECURITY DEFINER function
 * {@code erase_user_batch(user, batch_size)} for the user the erasure's record names (at most that many rows removed or
 * anonymised, 0 once nothing of the user is left, which closes the record). The request's own replica runs the batches;
 * the erasure's record ({@code user_erasures}) shows its progress, and should the replica die, another one carries it
 * on ({@link ErasureResumption}). A second request for the same user while one runs joins it.
 */
@ApplicationScoped
public class UserErasure {

    private final Pool pool;
    private final LifecycleSettings settings;
    private final ErasedUsers erasedUsers;
    private final Event<UserErased> erased;
    private final MeterRegistry metrics;
    private final Duration wait;

    public UserErasure(Pool pool, LifecycleSettings settings, ErasedUsers erasedUsers, Event<UserErased> erased,
            MeterRegistry metrics,
            @ConfigProperty(name = "pulse.lifecycle.erasure.wait", defaultValue = "PT2S") Duration wait) {
        this.pool = pool;
        this.settings = settings;
        this.erasedUsers = erasedUsers;
        this.erased = erased;
        this.metrics = metrics;
        this.wait = wait;
    }

    /**
     * Erases {@code user}, or joins the erasure of that user already running. Answers the erasure's status once it is
     * done, or after {@code pulse.lifecycle.erasure.wait} while it goes on in the background.
     *
     * @param requester who asks, as the record keeps it: {@code self} or {@code service:<subject>}
     */
    public Uni<ErasureStatus> erase(UUID user, String requester) {
        return pool.preparedQuery("select erasure_id, started from " + settings.schema() + ".pulse_erasure_begin($1, $2)")
                .execute(Tuple.of(user, requester))
                .map(rows -> rows.iterator().next())
                .chain(begun -> {
                    UUID id = begun.getUUID("erasure_id");
                    if (!begun.getBoolean("started")) {
                        return status(id);
                    }
                    Uni<ErasureStatus> work = runToEnd(id, user).chain(() -> status(id)).memoize().indefinitely();
                    work.subscribe().with(done -> { }, failure -> Log.warnf(
                            "Erasure %s stopped (another replica resumes it): %s", id, failure.getMessage()));
                    return work.ifNoItem().after(wait).recoverWithUni(() -> status(id));
                });
    }

    /** The erasure's record; 404 when there is none. */
    public Uni<ErasureStatus> status(UUID id) {
        return pool.preparedQuery("select * from " + settings.schema() + ".pulse_erasure_status($1)")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("erasure");
                    }
                    return status(id, rows.iterator().next());
                });
    }

    /** The erasure records of this service, newest first: who asked, when, how many rows; never whose data. */
    public Uni<Page<ErasureStatus>> list(PageParams params) {
        Cursor after = params.cursor() == null ? null : Cursor.decode(params.cursor(), 2);
        Tuple arguments = Tuple.of(after == null ? null : after.timestamp(0), after == null ? null : after.uuid(1), params.limit() + 1);
        return pool.preparedQuery("select * from " + settings.schema() + ".pulse_erasure_list($1, $2, $3)")
                .execute(arguments)
                .map(rows -> {
                    List<ErasureStatus> records = new ArrayList<>();
                    rows.forEach(row -> records.add(status(row.getUUID("id"), row)));
                    return Page.of(records, params.limit(), record -> Cursor.of(record.requestedAt(), record.id()));
                });
    }

    /**
     * Runs an erasure's batches ({@code pulse_erasure_batch}, which closes the record when a batch finds nothing left),
     * then tells this replica ({@link UserErased}) and every replica's live streams ({@link ErasedUsers}). A failed
     * announcement is logged and does not undo the erasure: the streams then end at their next read.
     */
    Uni<Void> runToEnd(UUID id, UUID user) {
        String batch = "select " + settings.schema() + ".pulse_erasure_batch($1, $2)";
        return Multi.createBy().repeating()
                .uni(() -> pool.preparedQuery(batch).execute(Tuple.of(id, settings.batchSize()))
                        .map(rows -> rows.iterator().next().getLong(0)))
                .whilst(removed -> removed > 0)
                .onItem().invoke(removed -> metrics.counter("pulse.erasure.rows.removed").increment(removed))
                .collect().last()
                .invoke(() -> erased.fire(new UserErased(user)))
                .chain(() -> erasedUsers.announce(user).onFailure().recoverWithItem(failure -> {
                    Log.warnf("Erasure %s is done, but the other replicas were not told (%s): the user's live streams "
                            + "end at their next read", id, failure.getMessage());
                    return null;
                }));
    }

    private static ErasureStatus status(UUID id, Row row) {
        return new ErasureStatus(id, row.getString("state"), row.getLong("rows_removed"), row.getString("requested_by"),
                row.getOffsetDateTime("requested_at"), row.getOffsetDateTime("finished_at"));
    }
}
