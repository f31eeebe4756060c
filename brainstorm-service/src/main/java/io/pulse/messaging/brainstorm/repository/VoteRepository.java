package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Vote;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Votes: each cast and withdrawn by its voter (those queries carry {@code userId = :owner}); counted for every member
 * of the session (those carry the membership condition). An idea id is unique within its session only, so every query
 * names the session too.
 */
@Singleton
public class VoteRepository extends OwnedRepository<Vote> {

    /**
     * Serialises one participant's votes in one session until the transaction ends, so that concurrent votes are
     * counted one after the other and cannot together exceed the limit. Other participants are not blocked.
     */
    private static final String LOCK_VOTER = "select cast(pg_advisory_xact_lock(hashtext(:key)) as text)";

    public VoteRepository(Clock clock) {
        super(Vote.class, clock);
    }

    public Uni<Void> lockVoter(UserScope scope, UUID sessionId) {
        // An update, not a select: Hibernate never reuses a native select's plan (see common's Ownership).
        return scope.session().createNativeQuery(LOCK_VOTER)
                .setParameter("key", "brainstorm.votes:" + sessionId + ":" + scope.userId())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** How many votes the scope's user has cast in the session. */
    public Uni<Integer> countMine(UserScope scope, UUID sessionId) {
        return select(scope, "sessionId = :session", Map.of("session", sessionId)).getResultCount().map(Long::intValue);
    }

    /** Whether the scope's user has voted for the idea of the session (an idea id is unique within its session only). */
    public Uni<Boolean> hasVoted(UserScope scope, UUID sessionId, UUID ideaId) {
        return select(scope, "sessionId = :session and ideaId = :idea", Map.of("session", sessionId, "idea", ideaId))
                .getResultCount().map(count -> count > 0);
    }

    /** Withdraws the scope user's vote on the idea of the session; false when there was none. */
    public Uni<Boolean> deleteMine(UserScope scope, UUID sessionId, UUID ideaId) {
        return mutate(scope, "delete from Vote where userId = :owner and sessionId = :session and ideaId = :idea",
                Map.of("session", sessionId, "idea", ideaId)).map(count -> count > 0);
    }

    /** One vote as a session's members may learn of it: its voter only when it was not cast anonymously, or is theirs. */
    public record Ballot(UUID voter, boolean anonymous) {

        /** Whether this is the caller's vote. */
        public boolean isBy(UUID user) {
            return user.equals(voter);
        }
    }

    /**
     * The votes of every voted idea of a session the scope's user is a member of, in voting order. The voter of a vote
     * cast anonymously is not even read, unless it is the scope's user (who knows their own votes).
     */
    public Uni<Map<UUID, List<Ballot>>> ballotsByIdea(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("select v.ideaId, case when v.anonymous = false or v.userId = :me then v.userId end, v.anonymous"
                        + " from Vote v where v.sessionId = :session and " + member(":session") + " order by v.createdAt, v.id", Object[].class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getResultList()
                .map(rows -> {
                    Map<UUID, List<Ballot>> ballots = new HashMap<>();
                    rows.forEach(row -> ballots.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new Ballot((UUID) row[1], (Boolean) row[2])));
                    return ballots;
                });
    }

    /** All votes on the idea of a session the scope's user is a member of. */
    public Uni<Long> countForIdea(UserScope scope, UUID sessionId, UUID ideaId) {
        return scope.session()
                .createSelectionQuery("select count(v) from Vote v where v.sessionId = :session and v.ideaId = :idea and " + member(":session"),
                        Long.class)
                .setParameter("session", sessionId)
                .setParameter("idea", ideaId)
                .setParameter(ME, scope.userId())
                .getSingleResult();
    }
}
