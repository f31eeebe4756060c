package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.time.Timestamps;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The timers of every session, on every replica, every {@code pulse.brainstorm.timers.poll-interval}: timed voting
 * rounds past their end are closed ({@code voting_closed}), steps past their time box are announced
 * ({@code step_time_up}, then the next step when the session asks for it). The due ones are found across users by the
 * SECURITY DEFINER function {@code brainstorm_due_timers} (ids and owners only, no lock); each is then claimed in a
 * transaction of its own as the session's owner ({@link TimerClaims}), where a conditional update decides which replica
 * acts. A timer that fails here is tried again on the next poll.
 */
@ApplicationScoped
public class TimerPoller {

    private static final String DUE = "select kind, session_id, round_id, owner_id from brainstorm.brainstorm_due_timers($1, $2)";

    /** A timer that ran out: a voting round ({@code roundId} set) or a session's step. */
    public record Fired(String kind, UUID sessionId, UUID roundId) {
    }

    private record Due(String kind, UUID sessionId, UUID roundId, UUID owner) {
    }

    private final Pool pool;
    private final SqlOwnership ownership;
    private final TimerClaims claims;
    private final BrainstormConfig config;
    private final Clock clock;

    public TimerPoller(Pool pool, SqlOwnership ownership, TimerClaims claims, BrainstormConfig config, Clock clock) {
        this.pool = pool;
        this.ownership = ownership;
        this.claims = claims;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "brainstorm-timers", every = "{pulse.brainstorm.timers.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return poll().replaceWithVoid();
    }

    /** Acts on every timer due now (up to the batch size of each kind); what this replica fired, in order. */
    public Uni<List<Fired>> poll() {
        OffsetDateTime now = Timestamps.now(clock);
        return pool.preparedQuery(DUE).execute(Tuple.of(now, config.timers().batchSize()))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getString(0), row.getUUID(1), row.getUUID(2), row.getUUID(3)));
                    }
                    return due;
                })
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(timer -> fire(timer, now))
                        .filter(fired -> fired != null)
                        .collect().asList());
    }

    private Uni<Fired> fire(Due timer, OffsetDateTime now) {
        Uni<Boolean> claimed = ownership.sqlAsUser(timer.owner(), scope -> timer.roundId() != null
                ? claims.closeRound(scope, timer.sessionId(), timer.roundId(), now)
                : claims.stepTimeUp(scope, timer.sessionId(), now));
        return claimed
                .map(mine -> mine ? new Fired(timer.kind(), timer.sessionId(), timer.roundId()) : null)
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf(failure, "Timer %s of session %s failed; tried again on the next poll", timer.kind(), timer.sessionId());
                    return null;
                });
    }
}
