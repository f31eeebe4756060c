package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.RoundVote;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Votes in voting rounds: cast, listed and withdrawn by their voter ({@code userId = :owner}); totalled for members
 * (the membership condition; row-level security shows the others' votes only to the session's owner, and to the
 * members once the round's results are visible).
 */
@Singleton
public class RoundVoteRepository extends OwnedRepository<RoundVote> {

    /** Serialises one voter's votes in one round (the trigger brainstorm_round_votes_within_limit takes it too). */
    private static final String LOCK_VOTER = "select cast(pg_advisory_xact_lock(hashtext(:key)) as text)";

    public RoundVoteRepository(Clock clock) {
        super(RoundVote.class, clock);
    }

    public Uni<Void> lockVoter(UserScope scope, UUID roundId) {
        return scope.session().createNativeQuery(LOCK_VOTER)
                .setParameter("key", "brainstorm.round-votes:" + roundId + ":" + scope.userId())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** The ideas the scope's user voted for in the round, in voting order. */
    public Uni<List<UUID>> mine(UserScope scope, UUID sessionId, UUID roundId) {
        return scope.session()
                .createSelectionQuery("select v.ideaId from RoundVote v where v.userId = :me and v.sessionId = :session and v.roundId = :round"
                        + " order by v.createdAt, v.id", UUID.class)
                .setParameter("session", sessionId)
                .setParameter("round", roundId)
                .setParameter(ME, scope.userId())
                .getResultList();
    }

    /** Withdraws the scope user's vote on the idea in the round; false when there was none. */
    public Uni<Boolean> deleteMine(UserScope scope, UUID sessionId, UUID roundId, UUID ideaId) {
        return mutate(scope, "delete from RoundVote where userId = :owner and sessionId = :session and roundId = :round and ideaId = :idea",
                Map.of("session", sessionId, "round", roundId, "idea", ideaId)).map(count -> count > 0);
    }

    /** Votes per idea in the round, as far as the scope's user may see them (a member of the session). */
    public Uni<Map<UUID, Long>> totals(UserScope scope, UUID sessionId, UUID roundId) {
        return scope.session()
                .createSelectionQuery("select v.ideaId, count(v) from RoundVote v where v.sessionId = :session and v.roundId = :round and "
                        + member(":session") + " group by v.ideaId", Object[].class)
                .setParameter("session", sessionId)
                .setParameter("round", roundId)
                .setParameter(ME, scope.userId())
                .getResultList()
                .map(rows -> {
                    Map<UUID, Long> totals = new HashMap<>();
                    rows.forEach(row -> totals.put((UUID) row[0], (Long) row[1]));
                    return totals;
                });
    }
}
