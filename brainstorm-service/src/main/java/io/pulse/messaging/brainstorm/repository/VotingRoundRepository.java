package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.AuthoredRow;
import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Voting rounds: started, ended and revealed by the session's owner (those statements carry {@code user_id = $1}),
 * read by every member of the session (those carry the membership condition: session $1, user $2).
 */
@Singleton
public class VotingRoundRepository {

    private static final String T = "brainstorm.brainstorm_voting_rounds";
    private static final String IN_SESSION = "select r.id, r.user_id, r.created_at, r.session_id, r.votes_per_participant,"
            + " r.duration_seconds, r.ends_at, r.idea_ids::text, r.reveal_on_end, r.revealed_at, r.closed_at, r.closed_by from " + T
            + " r where r.session_id = $1 and " + member("$1", "$2");
    private static final String ONE = IN_SESSION + " and r.id = $3";
    private static final String OPEN = IN_SESSION + " and r.closed_at is null limit 1";
    private static final String FIRST = IN_SESSION + NewestFirst.order(3);
    private static final String LATER = IN_SESSION + NewestFirst.after(3) + NewestFirst.order(3);
    private static final String INSERT = "insert into " + T + " (id, user_id, created_at, session_id, votes_per_participant,"
            + " duration_seconds, ends_at, idea_ids, reveal_on_end, revealed_at, closed_at, closed_by)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, $12)";
    private static final String CLOSE = "update " + T + " set closed_at = $4, closed_by = $5 where user_id = $1 and id = $2"
            + " and session_id = $3 and closed_at is null";
    private static final String CLOSE_DUE = CLOSE + " and ends_at is not null and ends_at <= $4";
    private static final String REVEAL = "update " + T + " set revealed_at = $4 where user_id = $1 and id = $2 and session_id = $3"
            + " and revealed_at is null";

    /** The round of the session, if the scope's user is a member of it; null otherwise. */
    public Uni<VotingRound> find(SqlScope scope, UUID sessionId, UUID roundId) {
        return scope.query(ONE, Tuple.of(sessionId, scope.userId(), roundId)).map(rows -> Rows.first(rows, VotingRoundRepository::round));
    }

    /** The session's open round (at most one, the database sees to it), or null. */
    public Uni<VotingRound> findOpen(SqlScope scope, UUID sessionId) {
        return scope.query(OPEN, Tuple.of(sessionId, scope.userId())).map(rows -> Rows.first(rows, VotingRoundRepository::round));
    }

    /** The session's rounds, newest first, one keyset page. */
    public Uni<Page<VotingRound>> page(SqlScope scope, UUID sessionId, PageParams page) {
        return NewestFirst.page(scope, FIRST, LATER, Tuple.of(sessionId, scope.userId()), page, VotingRoundRepository::round,
                AuthoredRow::cursor);
    }

    /** Stores a new round started by the scope's user (the session's owner); the round has its id and creation time. */
    public Uni<VotingRound> persist(SqlScope scope, VotingRound r) {
        r.setUserId(scope.userId());
        return scope.query(INSERT, Tuple.from(Arrays.asList(r.getId(), r.getUserId(), r.getCreatedAt(), r.getSessionId(),
                r.getVotesPerParticipant(), r.getDurationSeconds(), r.getEndsAt(), r.getIdeaIds(), r.isRevealOnEnd(), r.getRevealedAt(),
                r.getClosedAt(), r.getClosedBy()))).replaceWith(r);
    }

    /**
     * Closes the round if it is still open (and, for the timer, if its time is up): the row count decides, so of two
     * concurrent closers (two replicas' pollers, the owner and the timer) exactly one closes it. Load the round after.
     */
    public Uni<Boolean> close(SqlScope scope, UUID sessionId, UUID roundId, OffsetDateTime now, String by) {
        return scope.query("timer".equals(by) ? CLOSE_DUE : CLOSE, Tuple.of(scope.userId(), roundId, sessionId, now, by))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Reveals the round's results to every member, once; false when it was revealed before (or is not the owner's). */
    public Uni<Boolean> reveal(SqlScope scope, UUID sessionId, UUID roundId, OffsetDateTime now) {
        return scope.query(REVEAL, Tuple.of(scope.userId(), roundId, sessionId, now)).map(rows -> rows.rowCount() == 1);
    }

    private static VotingRound round(Row row) {
        VotingRound r = new VotingRound();
        r.setId(row.getUUID(0));
        r.setUserId(row.getUUID(1));
        r.setCreatedAt(row.getOffsetDateTime(2));
        r.setSessionId(row.getUUID(3));
        r.setVotesPerParticipant(row.getInteger(4));
        r.setDurationSeconds(row.getInteger(5));
        r.setEndsAt(row.getOffsetDateTime(6));
        r.setIdeaIds(row.getString(7));
        r.setRevealOnEnd(row.getBoolean(8));
        r.setRevealedAt(row.getOffsetDateTime(9));
        r.setClosedAt(row.getOffsetDateTime(10));
        r.setClosedBy(row.getString(11));
        return r;
    }
}
