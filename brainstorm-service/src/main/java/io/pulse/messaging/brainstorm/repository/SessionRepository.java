package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Sessions: created, changed and deleted by their owner (the inherited methods carry {@code userId = :owner}), read
 * by every member, owner or collaborator (the queries below carry the membership condition).
 */
@Singleton
public class SessionRepository extends OwnedRepository<BrainstormSession> {

    private static final String MEMBER = member("s.id");

    /**
     * The app role cannot choose a session's id (V5__keys_scoped_to_their_session.sql): the database makes it, so
     * nobody can insert a session with an id to learn whether another user's session has it.
     */
    private static final String INSERT = """
            insert into brainstorm.brainstorm_sessions (user_id, created_at, updated_at, title, topic, framework, status,
                   current_step, votes_per_participant, anonymous_voting, step_timer_seconds, step_started_at,
                   keep_ideas_of_former_members, step_due_at, advance_on_time_up, steps)
            values (:me, :createdAt, :updatedAt, :title, :topic, :framework, :status, :currentStep, :votes, :anonymous,
                   cast(:timer as integer), :stepStartedAt, :keepIdeas, cast(:stepDueAt as timestamptz), :advance,
                   cast(cast(:steps as text) as jsonb))
            returning id
            """;

    public SessionRepository(Clock clock) {
        super(BrainstormSession.class, clock);
    }

    /** Stores a new session owned by the scope's user, under an id the database makes, and returns it as stored. */
    public Uni<BrainstormSession> create(UserScope scope, BrainstormSession session) {
        return scope.session().createNativeQuery(INSERT, UUID.class)
                .setParameter(ME, scope.userId())
                .setParameter("createdAt", session.getCreatedAt())
                .setParameter("updatedAt", session.getUpdatedAt())
                .setParameter("title", session.getTitle())
                .setParameter("topic", session.getTopic())
                .setParameter("framework", session.getFramework())
                .setParameter("status", session.getStatus())
                .setParameter("currentStep", session.getCurrentStep())
                .setParameter("votes", session.getVotesPerParticipant())
                .setParameter("anonymous", session.isAnonymousVoting())
                .setParameter("timer", session.getStepTimerSeconds())
                .setParameter("stepStartedAt", session.getStepStartedAt())
                .setParameter("keepIdeas", session.isKeepIdeasOfFormerMembers())
                .setParameter("stepDueAt", session.getStepDueAt())
                .setParameter("advance", session.isAdvanceOnTimeUp())
                .setParameter("steps", session.getSteps())
                .getSingleResult()
                .chain(id -> findForMember(scope, id));
    }

    /** The session if the scope's user is a member of it; null otherwise (absent and foreign look the same). */
    public Uni<BrainstormSession> findForMember(UserScope scope, UUID id) {
        return scope.session()
                .createSelectionQuery("from BrainstormSession s where s.id = :id and " + MEMBER, BrainstormSession.class)
                .setParameter("id", id)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }
}
