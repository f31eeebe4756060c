package io.pulse.messaging.common.ownership;

import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Proof that the code holding it runs inside a transaction whose connection is bound to one user
 * ({@code app.user_id} is set, so row-level security applies). Only {@link Ownership} creates one, and every
 * query on a user-owned table takes one, so an unscoped query cannot be written by accident.
 */
public final class UserScope {

    private final UUID userId;
    private final Mutiny.Session session;

    UserScope(UUID userId, Mutiny.Session session) {
        this.userId = userId;
        this.session = session;
    }

    /** The user every query in this scope is limited to. */
    public UUID userId() {
        return userId;
    }

    /** The session of the scoped transaction, for queries a repository writes itself (always filtered by {@link #userId()}). */
    public Mutiny.Session session() {
        return session;
    }
}
