package io.pulse.messaging.brainstorm.service;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.brainstorm.repository.VotingRoundRepository;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What a timer does when it runs out, each in one transaction as the session's owner ({@link TimerPoller} opens it):
 * claimed by a conditional update whose row count decides, so that of all the replicas (and the owner ending a round by
 * hand) exactly one acts, and the event it announces goes out with that transaction's commit, once. The events name no
 * actor: nobody in the session made the change.
 */
@Singleton
public class TimerClaims {

    /** Claims the step's time-up: clears step_due_at if it is due; the step, the framework, and whether to move on. */
    private static final String CLAIM_STEP = """
            update brainstorm.brainstorm_sessions set step_due_at = null
             where id = $1 and user_id = $2 and status = 'active' and step_due_at is not null and step_due_at <= $3
            returning current_step, framework, advance_on_time_up
            """;

    private final VotingRoundRepository rounds;
    private final SessionRepository sessions;
    private final SessionEvents events;

    public TimerClaims(VotingRoundRepository rounds, SessionRepository sessions, SessionEvents events) {
        this.rounds = rounds;
        this.sessions = sessions;
        this.events = events;
    }

    /** Closes the timed round if its time is up and it is still open; true when this call closed it. */
    public Uni<Boolean> closeRound(SqlScope scope, UUID sessionId, UUID roundId, OffsetDateTime now) {
        return rounds.close(scope, sessionId, roundId, now, "timer")
                .call(closed -> closed
                        ? events.publishUnattributed(scope, sessionId, SessionEvents.VOTING_CLOSED, Map.of("roundId", roundId))
                        : Uni.createFrom().voidItem());
    }

    /**
     * Announces that the step's time is up if it is due and not announced yet, and moves the session to the framework's
     * next step when the owner asked for it (the last step stays); true when this call claimed it.
     */
    public Uni<Boolean> stepTimeUp(SqlScope scope, UUID sessionId, OffsetDateTime now) {
        return scope.query(CLAIM_STEP, Tuple.of(sessionId, scope.userId(), now))
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().item(false)
                        : timeUp(scope, sessionId, rows.iterator().next(), now).replaceWith(true));
    }

    private Uni<Void> timeUp(SqlScope scope, UUID sessionId, Row claimed, OffsetDateTime now) {
        String step = claimed.getString(0);
        if (!Boolean.TRUE.equals(claimed.getBoolean(2))) {
            return events.publishUnattributed(scope, sessionId, SessionEvents.STEP_TIME_UP, Map.of("step", step, "advanced", false));
        }
        return sessions.findForMember(scope, sessionId).chain(session -> {
            String next = SessionSteps.after(SessionSteps.of(session), step);
            Uni<Void> announced = events.publishUnattributed(scope, sessionId, SessionEvents.STEP_TIME_UP,
                    Map.of("step", step, "advanced", next != null));
            if (next == null) {
                return announced;
            }
            return announced.chain(() -> {
                BrainstormSession loaded = session.copy();
                session.setCurrentStep(next);
                session.startStepTimer(now, SessionSteps.timeBox(session));
                session.setUpdatedAt(now);
                return sessions.update(scope, loaded, session);
            }).chain(() -> events.publishUnattributed(scope, sessionId, SessionEvents.STEP_CHANGED, Map.of()));
        });
    }
}
