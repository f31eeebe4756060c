package io.pulse.messaging.brainstorm.repository;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** The members of a session other than its owner. Callers check that the scope's user may see or change them. */
@Singleton
public class CollaboratorRepository {

    public Uni<Collaborator> find(UserScope scope, UUID sessionId, UUID userId) {
        return scope.session()
                .createSelectionQuery("from Collaborator c where c.sessionId = :session and c.userId = :user", Collaborator.class)
                .setParameter("session", sessionId)
                .setParameter("user", userId)
                .getSingleResultOrNull();
    }

    public Uni<List<Collaborator>> list(UserScope scope, UUID sessionId) {
        return scope.session()
                .createSelectionQuery("from Collaborator c where c.sessionId = :session order by c.createdAt, c.id", Collaborator.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    public Uni<Collaborator> persist(UserScope scope, Collaborator collaborator) {
        return scope.session().persist(collaborator).chain(scope.session()::flush).replaceWith(collaborator);
    }

    public Uni<Void> flush(UserScope scope) {
        return scope.session().flush();
    }

    public Uni<Void> remove(UserScope scope, Collaborator collaborator) {
        return scope.session().remove(collaborator).chain(scope.session()::flush);
    }
}
