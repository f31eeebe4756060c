package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.RoundVote;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Votes in voting rounds: cast, listed and withdrawn by their voter ({@code user_id = $1}); totalled for members (the
 * membership condition; row-level security shows the others' votes only to the session's owner, and to the members
 * once the round's results are visible).
 */
@Singleton
public class RoundVoteRepository {

    private static final String T = "brainstorm.brainstorm_round_votes";
    private static final String MINE = "select idea_id from " + T + " where user_id = $1 and session_id = $2 and round_id = $3"
            + " order by created_at, id";
    private static final String DELETE_MINE = "delete from " + T + " where user_id = $1 and session_id = $2 and round_id = $3"
            + " and idea_id = $4";
    private static final String INSERT = "insert into " + T + " (id, user_id, created_at, session_id, round_id, idea_id)"
            + " values ($1, $2, $3, $4, $5, $6)";
    private static final String TOTALS = "select v.idea_id, count(*) from " + T + " v where v.session_id = $1 and v.round_id = $3 and "
            + member("$1", "$2") + " group by v.idea_id";

    private final Clock clock;

    public RoundVoteRepository(Clock clock) {
        this.clock = clock;
    }

    /** Serialises one voter's votes in one round (the trigger brainstorm_round_votes_within_limit takes it too). */
    public Uni<Void> lockVoter(SqlScope scope, UUID roundId) {
        return scope.query(VoteRepository.LOCK_VOTER, Tuple.of("brainstorm.round-votes:" + roundId + ":" + scope.userId())).replaceWithVoid();
    }

    /** The ideas the scope's user voted for in the round, in voting order. */
    public Uni<List<UUID>> mine(SqlScope scope, UUID sessionId, UUID roundId) {
        return scope.query(MINE, Tuple.of(scope.userId(), sessionId, roundId)).map(rows -> Rows.all(rows, row -> row.getUUID(0)));
    }

    /** Stores the scope user's new vote in a round, giving it an id and its creation time. */
    public Uni<RoundVote> persist(SqlScope scope, RoundVote vote) {
        vote.setUserId(scope.userId());
        vote.setId(Ids.newId(clock));
        vote.setCreatedAt(Timestamps.now(clock));
        return scope.query(INSERT, Tuple.of(vote.getId(), vote.getUserId(), vote.getCreatedAt(), vote.getSessionId(), vote.getRoundId(),
                vote.getIdeaId())).replaceWith(vote);
    }

    /** Withdraws the scope user's vote on the idea in the round; false when there was none. */
    public Uni<Boolean> deleteMine(SqlScope scope, UUID sessionId, UUID roundId, UUID ideaId) {
        return scope.query(DELETE_MINE, Tuple.of(scope.userId(), sessionId, roundId, ideaId)).map(rows -> rows.rowCount() > 0);
    }

    /** Votes per idea in the round, as far as the scope's user may see them (a member of the session). */
    public Uni<Map<UUID, Long>> totals(SqlScope scope, UUID sessionId, UUID roundId) {
        return scope.query(TOTALS, Tuple.of(sessionId, scope.userId(), roundId)).map(rows -> {
            Map<UUID, Long> totals = new HashMap<>();
            rows.forEach(row -> totals.put(row.getUUID(0), row.getLong(1)));
            return totals;
        });
    }
}
