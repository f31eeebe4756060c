package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Ideas: written by their author (persist sets the author), read by every member of the session. Each session-wide
 * query carries the membership condition of the scope's user ({@link SessionMembership}); row-level security checks
 * it again.
 */
@Singleton
public class IdeaRepository extends OwnedRepository<Idea> {

    private static final String IN_SESSION = "i.sessionId = :session and " + member(":session");

    public IdeaRepository(Clock clock) {
        super(Idea.class, clock);
    }

    /** The idea if it belongs to the session and the scope's user is a member of it; null otherwise. */
    public Uni<Idea> findInSession(UserScope scope, UUID sessionId, UUID ideaId) {
        return scope.session()
                .createSelectionQuery("from Idea i where i.id = :id and " + IN_SESSION, Idea.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .setParameter("id", ideaId)
                .getSingleResultOrNull();
    }

    /** Every idea of a session the scope's user is a member of, oldest first. */
    public Uni<List<Idea>> allInSession(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from Idea i where " + IN_SESSION + " order by i.createdAt, i.id", Idea.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getResultList();
    }

    /** Idea counts per step of a session the scope's user is a member of. */
    public Uni<Map<String, Long>> countsByStep(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("select i.step, count(i) from Idea i where " + IN_SESSION + " group by i.step", Object[].class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getResultList()
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
                    return counts;
                });
    }

    /**
     * Deletes an idea loaded through this repository (the caller checked that the scope's user may delete it), by its
     * key: an idea id is unique within its session only.
     */
    public Uni<Void> remove(UserScope scope, Idea idea) {
        return scope.session().createMutationQuery("delete from Idea i where i.id = :id and i.sessionId = :session")
                .setParameter("id", idea.getId())
                .setParameter("session", idea.getSessionId())
                .executeUpdate()
                .replaceWithVoid();
    }
}
