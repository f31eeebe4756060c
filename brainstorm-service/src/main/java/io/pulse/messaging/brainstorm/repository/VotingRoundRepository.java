package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.VotingRound;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Voting rounds: started, ended and revealed by the session's owner (those statements carry {@code userId = :owner}),
 * read by every member of the session (those queries carry the membership condition).
 */
@Singleton
public class VotingRoundRepository extends OwnedRepository<VotingRound> {

    private static final String IN_SESSION = "from VotingRound r where r.sessionId = :session and " + member(":session");

    public VotingRoundRepository(Clock clock) {
        super(VotingRound.class, clock);
    }

    /** The round of the session, if the scope's user is a member of it; null otherwise. */
    public Uni<VotingRound> find(UserScope scope, UUID sessionId, UUID roundId) {
        return scope.session().createSelectionQuery(IN_SESSION + " and r.id = :id", VotingRound.class)
                .setParameter("session", sessionId)
                .setParameter("id", roundId)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    /** The session's open round (at most one, the database sees to it), or null. */
    public Uni<VotingRound> findOpen(UserScope scope, UUID sessionId) {
        return scope.session().createSelectionQuery(IN_SESSION + " and r.closedAt is null", VotingRound.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** The session's rounds, newest first, one keyset page. */
    public Uni<Page<VotingRound>> page(UserScope scope, UUID sessionId, PageParams page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("session", sessionId, ME, scope.userId()));
        String after = "";
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), 2);
            parameters.put("cursorAt", cursor.timestamp(0));
            parameters.put("cursorId", cursor.uuid(1));
            after = " and (r.createdAt < :cursorAt or (r.createdAt = :cursorAt and r.id < :cursorId))";
        }
        var query = scope.session().createSelectionQuery(IN_SESSION + after + " order by r.createdAt desc, r.id desc", VotingRound.class)
                .setMaxResults(page.limit() + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList().map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.getCreatedAt(), row.getId())));
    }

    /**
     * Closes the round if it is still open (and, for the timer, if its time is up): the row count decides, so of two
     * concurrent closers (two replicas' pollers, the owner and the timer) exactly one closes it. Load the round after.
     */
    public Uni<Boolean> close(UserScope scope, UUID sessionId, UUID roundId, OffsetDateTime now, String by) {
        String due = "timer".equals(by) ? " and endsAt is not null and endsAt <= :now" : "";
        return mutate(scope, "update VotingRound set closedAt = :now, closedBy = :by where userId = :owner and id = :id"
                + " and sessionId = :session and closedAt is null" + due,
                Map.of("now", now, "by", by, "id", roundId, "session", sessionId)).map(count -> count == 1);
    }

    /** Reveals the round's results to every member, once; false when it was revealed before (or is not the owner's). */
    public Uni<Boolean> reveal(UserScope scope, UUID sessionId, UUID roundId, OffsetDateTime now) {
        return mutate(scope, "update VotingRound set revealedAt = :now where userId = :owner and id = :id"
                + " and sessionId = :session and revealedAt is null",
                Map.of("now", now, "id", roundId, "session", sessionId)).map(count -> count == 1);
    }
}
