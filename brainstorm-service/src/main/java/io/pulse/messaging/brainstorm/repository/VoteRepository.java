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
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Votes: each cast and withdrawn by its voter (those queries carry {@code userId = :owner}); counted for every member
 * of the session (those carry the membership condition).
 */
@Singleton
public class VoteRepository extends OwnedRepository<Vote> {

    /**
     * Serialises one participant's votes in one session until the transaction ends, so that concurrent votes are
     * counted one after the other and cannot together exceed the limit. Other participants are not blocked.
     */
    private static final String LOCK_VOTER = "select cast(pg_advisory_xact_lock(hashtext(:key)) as text)";

    private static final String MEMBER = member("v.sessionId");

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

    public Uni<Boolean> hasVoted(UserScope scope, UUID ideaId) {
        return select(scope, "ideaId = :idea", Map.of("idea", ideaId)).getResultCount().map(count -> count > 0);
    }

    /** Withdraws the scope user's vote on an idea; false when there was none. */
    public Uni<Boolean> deleteMine(UserScope scope, UUID ideaId) {
        return mutate(scope, "delete from Vote where userId = :owner and ideaId = :idea", Map.of("idea", ideaId)).map(count -> count > 0);
    }

    /** The voters of every voted idea of a session the scope's user is a member of, in voting order. */
    public Uni<Map<UUID, List<UUID>>> votersByIdea(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("select v.ideaId, v.userId from Vote v where v.sessionId = :session and " + member(":session")
                        + " order by v.createdAt, v.id", Object[].class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getResultList()
                .map(rows -> {
                    Map<UUID, List<UUID>> voters = new HashMap<>();
                    rows.forEach(row -> voters.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]));
                    return voters;
                });
    }

    /** All votes on an idea of a session the scope's user is a member of. */
    public Uni<Long> countForIdea(UserScope scope, UUID ideaId) {
        return scope.session()
                .createSelectionQuery("select count(v) from Vote v where v.ideaId = :idea and " + MEMBER, Long.class)
                .setParameter("idea", ideaId)
                .setParameter(ME, scope.userId())
                .getSingleResult();
    }
}
