package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Sessions: created, changed and deleted by their owner (the inherited methods carry {@code userId = :owner}), read
 * by every member, owner or collaborator (the queries below carry the membership condition).
 */
@Singleton
public class SessionRepository extends OwnedRepository<BrainstormSession> {

    private static final String MEMBER = member("s.id");

    public SessionRepository(Clock clock) {
        super(BrainstormSession.class, clock);
    }

    /** The session if the scope's user is a member of it; null otherwise (absent and foreign look the same). */
    public Uni<BrainstormSession> findForMember(UserScope scope, UUID id) {
        return scope.session()
                .createSelectionQuery("from BrainstormSession s where s.id = :id and " + MEMBER, BrainstormSession.class)
                .setParameter("id", id)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    /** Sessions the scope's user owns or collaborates on, newest first, one keyset page at a time. */
    public Uni<Page<BrainstormSession>> pageForMember(UserScope scope, PageParams page) {
        String after = "";
        Cursor cursor = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
        if (cursor != null) {
            after = " and (s.createdAt < :cursorAt or (s.createdAt = :cursorAt and s.id < :cursorId))";
        }
        var query = scope.session()
                .createSelectionQuery("from BrainstormSession s where " + MEMBER + after + " order by s.createdAt desc, s.id desc",
                        BrainstormSession.class)
                .setParameter(ME, scope.userId())
                .setMaxResults(page.limit() + 1);
        if (cursor != null) {
            query.setParameter("cursorAt", cursor.timestamp(0)).setParameter("cursorId", cursor.uuid(1));
        }
        return query.getResultList()
                .map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.getCreatedAt(), row.getId())));
    }
}
