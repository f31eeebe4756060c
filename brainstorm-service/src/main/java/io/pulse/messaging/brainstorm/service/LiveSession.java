package io.pulse.messaging.brainstorm.service;

import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.events.LiveEvents;
import io.pulse.messaging.common.ownership.SqlScope;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The live event stream of a session for one member: checked for membership first (404 for anyone else), then every
 * event of the session as it is committed, on whichever replica, each read as the member ({@link LiveReads}; once for
 * all of the session's streams where every member reads it alike) on a Vert.x context of the stream's own, one after
 * the other, in the order they arrive. The stream ends when the session
 * is deleted, or the member is removed or no longer finds the session.
 */
@ApplicationScoped
public class LiveSession {

    private final SessionAccess access;
    private final LiveEvents live;
    private final LiveReads reads;
    private final Vertx vertx;

    private final SqlOwnership ownership;

    public LiveSession(SqlOwnership ownership, SessionAccess access, LiveEvents live, LiveReads reads, Vertx vertx) {
        this.ownership = ownership;
        this.access = access;
        this.live = live;
        this.reads = reads;
        this.vertx = vertx;
    }

    /** The caller, once checked to be a member of the session (404 otherwise). */
    public Uni<UUID> member(UUID sessionId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).replaceWith(scope.userId()));
    }

    /** The session's events for the member {@code me}, starting with a ready event. */
    public Multi<LiveEvent> events(UUID sessionId, UUID me) {
        Executor context = streamContext();
        LiveReads.Subscriber subscriber = new LiveReads.Subscriber(sessionId, me, context);
        Multi<LiveReads.Delivery> deliveries = live.subscribe(SessionEvents.CHANNEL, sessionId.toString())
                .emitOn(context)
                .onItem().transformToUniAndConcatenate(event -> reads.read(subscriber, event));
        return Multi.createFrom().<LiveEvent>emitter(emitter -> {
            Cancellable events = deliveries.subscribe().with(delivery -> {
                if (delivery.event() != null) {
                    emitter.emit(delivery.event());
                }
                if (delivery.last()) {
                    emitter.complete();
                }
            }, emitter::fail, emitter::complete);
            emitter.onTermination(events::cancel);
        });
    }

    /**
     * A new duplicated Vert.x context for one stream, on which its reads open their transactions, one after the
     * other: the notifications arrive on the listening connection's context, shared by all.
     */
    private Executor streamContext() {
        Context current = Vertx.currentContext();
        Context context = VertxContext.createNewDuplicatedContext(current == null ? vertx.getOrCreateContext() : current);
        VertxContextSafetyToggle.setContextSafe(context, true);
        return task -> context.runOnContext(ignored -> task.run());
    }
}
