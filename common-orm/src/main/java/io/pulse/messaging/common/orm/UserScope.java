package io.pulse.messaging.common.orm;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Proof that the code holding it runs inside a transaction whose connection is bound to one user
 * ({@code app.user_id} is set, so row-level security applies). Only {@link Ownership} creates one, and every
 * query on a user-owned table takes one, so an unscoped query cannot be written by accident. A method annotated
 * {@link AsCurrentUser} reads its scope with {@link #current()}.
 */
public final class UserScope {

    private static final String KEY = UserScope.class.getName();

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

    /**
     * The scope of the {@link AsCurrentUser} transaction this request has open.
     *
     * @throws IllegalStateException outside such a transaction: the calling method needs {@link AsCurrentUser}
     */
    public static UserScope current() {
        return bound().orElseThrow(() -> new IllegalStateException(
                "No user transaction is open here: annotate the calling method with @AsCurrentUser"));
    }

    /** The scope of the transaction this request has open, if any. */
    static Optional<UserScope> bound() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Optional.empty();
        }
        return ContextLocals.get(KEY);
    }

    /** Runs {@code work} with {@code scope} as the request's {@link #current()} scope until the Uni it returns ends. */
    static <T> Uni<T> within(UserScope scope, Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "@AsCurrentUser needs a request's Vert.x context (a duplicated context)"));
        }
        ContextLocals.put(KEY, scope);
        // Removed from the context it was put in, whichever thread the work ends on.
        return work.get().onTermination().invoke(() -> context.removeLocal(KEY));
    }
}
