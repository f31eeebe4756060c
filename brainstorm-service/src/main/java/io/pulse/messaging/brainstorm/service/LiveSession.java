package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.events.LiveEvents;
import io.pulse.messaging.common.ownership.AsCurrentUser;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.json.JsonObject;

/**
 * The live event stream of a session for one member: checked for membership first (404 for anyone else), then every
 * event of the session as it is committed, on whichever replica. The stream ends when the session is deleted or
 * the member is removed from it.
 */
@ApplicationScoped
public class LiveSession {

    private final SessionAccess access;
    private final LiveEvents live;

    public LiveSession(SessionAccess access, LiveEvents live) {
        this.access = access;
        this.live = live;
    }

    /** The caller, once checked to be a member of the session (404 otherwise). */
    @AsCurrentUser
    public Uni<UUID> member(UUID sessionId) {
        UserScope scope = UserScope.current();
        return access.require(scope, sessionId).replaceWith(scope.userId());
    }

    /** The session's events for the member {@code me}, starting with a ready event. */
    public Multi<LiveEvent> events(UUID sessionId, UUID me) {
        return Multi.createFrom().<LiveEvent>emitter(emitter -> {
                    Cancellable events = live.subscribe(SessionEvents.CHANNEL, sessionId.toString()).subscribe().with(event -> {
                        emitter.emit(event);
                        if (endsFor(event, me)) {
                            emitter.complete();
                        }
                    }, emitter::fail, emitter::complete);
                    emitter.onTermination(events::cancel);
                });
    }

    /** The event after which the member no longer sees the session (they still receive that event itself). */
    private static boolean endsFor(LiveEvent event, UUID me) {
        if (SessionEvents.SESSION_DELETED.equals(event.type())) {
            return true;
        }
        if (SessionEvents.COLLABORATOR_CHANGED.equals(event.type())) {
            JsonObject data = new JsonObject(event.data());
            return "removed".equals(data.getString("change")) && me.toString().equals(data.getString("userId"));
        }
        return false;
    }
}
