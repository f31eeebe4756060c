package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Vote;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Votes: each cast and withdrawn by its voter (those statements carry {@code user_id = $1}); counted for every member
 * of the session (those carry the membership condition). An idea id is unique within its session only, so every
 * statement names the session too.
 */
@Singleton
public class VoteRepository {

    private static final String T = "brainstorm.brainstorm_votes";

    /**
     * Serialises one participant's votes in one session until the transaction ends, so that concurrent votes are
     * counted one after the other and cannot together exceed the limit. Other participants are not blocked.
     */
    static final String LOCK_VOTER = "select pg_advisory_xact_lock(hashtext($1))::text";

    private static final String COUNT_MINE = "select count(*) from " + T + " where user_id = $1 and session_id = $2";
    private static final String HAS_VOTED = COUNT_MINE + " and idea_id = $3";
    private static final String DELETE_MINE = "delete from " + T + " where user_id = $1 and session_id = $2 and idea_id = $3";
    private static final String INSERT = "insert into " + T + " (id, user_id, created_at, session_id, idea_id, anonymous)"
            + " values ($1, $2, $3, $4, $5, $6)";
    private static final String BALLOTS = "select v.idea_id, case when v.anonymous = false or v.user_id = $2 then v.user_id end,"
            + " v.anonymous from " + T + " v where v.session_id = $1 and " + member("$1", "$2") + " order by v.created_at, v.id";
    private static final String COUNT_FOR_IDEA = "select count(*) from " + T + " v where v.session_id = $1 and v.idea_id = $3 and "
            + member("$1", "$2");

    private final Clock clock;

    public VoteRepository(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> lockVoter(SqlScope scope, UUID sessionId) {
        return scope.query(LOCK_VOTER, Tuple.of("brainstorm.votes:" + sessionId + ":" + scope.userId())).replaceWithVoid();
    }

    /** How many votes the scope's user has cast in the session. */
    public Uni<Integer> countMine(SqlScope scope, UUID sessionId) {
        return scope.query(COUNT_MINE, Tuple.of(scope.userId(), sessionId)).map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    /** Whether the scope's user has voted for the idea of the session (an idea id is unique within its session only). */
    public Uni<Boolean> hasVoted(SqlScope scope, UUID sessionId, UUID ideaId) {
        return scope.query(HAS_VOTED, Tuple.of(scope.userId(), sessionId, ideaId)).map(rows -> rows.iterator().next().getLong(0) > 0);
    }

    /** Stores the scope user's new vote, giving it an id and its creation time. */
    public Uni<Vote> persist(SqlScope scope, Vote vote) {
        vote.setUserId(scope.userId());
        vote.setId(Ids.newId(clock));
        vote.setCreatedAt(Timestamps.now(clock));
        return scope.query(INSERT, Tuple.of(vote.getId(), vote.getUserId(), vote.getCreatedAt(), vote.getSessionId(), vote.getIdeaId(),
                vote.isAnonymous())).replaceWith(vote);
    }

    /** Withdraws the scope user's vote on the idea of the session; false when there was none. */
    public Uni<Boolean> deleteMine(SqlScope scope, UUID sessionId, UUID ideaId) {
        return scope.query(DELETE_MINE, Tuple.of(scope.userId(), sessionId, ideaId)).map(rows -> rows.rowCount() > 0);
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
    public Uni<Map<UUID, List<Ballot>>> ballotsByIdea(SqlScope scope, UUID sessionId) {
        return scope.query(BALLOTS, Tuple.of(sessionId, scope.userId())).map(rows -> {
            Map<UUID, List<Ballot>> ballots = new HashMap<>();
            rows.forEach(row -> ballots.computeIfAbsent(row.getUUID(0), k -> new ArrayList<>())
                    .add(new Ballot(row.getUUID(1), row.getBoolean(2))));
            return ballots;
        });
    }

    /** All votes on the idea of a session the scope's user is a member of. */
    public Uni<Long> countForIdea(SqlScope scope, UUID sessionId, UUID ideaId) {
        return scope.query(COUNT_FOR_IDEA, Tuple.of(sessionId, scope.userId(), ideaId)).map(rows -> rows.iterator().next().getLong(0));
    }
}
