package io.pulse.messaging.brainstorm.repository;

import static io.pulse.messaging.brainstorm.repository.SessionMembership.ME;
import static io.pulse.messaging.brainstorm.repository.SessionMembership.member;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The members of a session other than its owner. Not an owned table (the owner writes rows naming other users), so
 * every query carries the membership condition of the scope's user, or is limited to the scope's user's own rows.
 * Callers check that the scope's user may change them (the owner only).
 */
@Singleton
public class CollaboratorRepository {

    private static final String MEMBER = member(":session");

    /** The user's membership row in a session the scope's user is a member of; null when there is none. */
    public Uni<Collaborator> find(UserScope scope, UUID sessionId, UUID userId) {
        return scope.session()
                .createSelectionQuery("from Collaborator c where c.sessionId = :session and c.userId = :user and " + MEMBER,
                        Collaborator.class)
                .setParameter("session", sessionId)
                .setParameter("user", userId)
                .setParameter(ME, scope.userId())
                .getSingleResultOrNull();
    }

    /** The collaborators of a session the scope's user is a member of, in the order they were invited. */
    public Uni<List<Collaborator>> list(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from Collaborator c where c.sessionId = :session and " + MEMBER + " order by c.createdAt, c.id",
                        Collaborator.class)
                .setParameter("session", sessionId)
                .setParameter(ME, scope.userId())
                .getResultList();
    }

    public Uni<Collaborator> persist(UserScope scope, Collaborator collaborator) {
        return scope.session().persist(collaborator).chain(scope.session()::flush).replaceWith(collaborator);
    }

    public Uni<Void> flush(UserScope scope) {
        return scope.session().flush();
    }

    /** Deletes a row loaded through this repository (the caller checked that the scope's user owns the session). */
    public Uni<Void> remove(UserScope scope, Collaborator collaborator) {
        return scope.session().remove(collaborator).chain(scope.session()::flush);
    }
}
