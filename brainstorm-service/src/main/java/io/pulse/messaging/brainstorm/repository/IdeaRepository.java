package io.pulse.messaging.brainstorm.repository;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.OwnedRepository;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Ideas: written by their author (persist sets the author), read by every member of the session. Callers check
 * membership before using the session-wide queries; row-level security checks it again.
 */
@Singleton
public class IdeaRepository extends OwnedRepository<Idea> {

    public IdeaRepository(Clock clock) {
        super(Idea.class, clock);
    }

    public Uni<Idea> findInSession(UserScope scope, UUID sessionId, UUID ideaId) {
        return scope.session()
                .createSelectionQuery("from Idea i where i.sessionId = :session and i.id = :id", Idea.class)
                .setParameter("session", sessionId)
                .setParameter("id", ideaId)
                .getSingleResultOrNull();
    }

    /** Ideas of a session (optionally of one step), oldest first, one keyset page at a time. */
    public Uni<Page<Idea>> pageInSession(UserScope scope, UUID sessionId, String step, PageParams page) {
        StringBuilder hql = new StringBuilder("from Idea i where i.sessionId = :session");
        if (step != null) {
            hql.append(" and i.step = :step");
        }
        Cursor cursor = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
        if (cursor != null) {
            hql.append(" and (i.createdAt > :cursorAt or (i.createdAt = :cursorAt and i.id > :cursorId))");
        }
        hql.append(" order by i.createdAt, i.id");
        var query = scope.session().createSelectionQuery(hql.toString(), Idea.class)
                .setParameter("session", sessionId)
                .setMaxResults(page.limit() + 1);
        if (step != null) {
            query.setParameter("step", step);
        }
        if (cursor != null) {
            query.setParameter("cursorAt", cursor.timestamp(0)).setParameter("cursorId", cursor.uuid(1));
        }
        return query.getResultList()
                .map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.getCreatedAt(), row.getId())));
    }

    /** Every idea of a session, oldest first. */
    public Uni<List<Idea>> allInSession(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from Idea i where i.sessionId = :session order by i.createdAt, i.id", Idea.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    public Uni<Void> remove(UserScope scope, Idea idea) {
        return scope.session().remove(idea).chain(scope.session()::flush);
    }
}
