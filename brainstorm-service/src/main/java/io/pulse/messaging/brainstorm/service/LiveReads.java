package io.pulse.messaging.brainstorm.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * What each subscriber of a session's live events receives, read as that subscriber. A notification says only which
 * row changed ({@link SessionEvents}); for each one, the subscriber's stream opens a transaction bound to the
 * subscriber (so row-level security applies), checks that they are still a member and reads the row as it is now. A
 * member who lost access gets nothing more (their stream ends); a notification that arrives late, twice, or replayed
 * by someone with database access only repeats the current state of rows the member may read anyway, and one whose
 * claim no longer holds (a "deleted" idea that exists, a "removed" member who is still there) is not passed on.
 *
 * <p>The events every member reads alike (ideas, votes, the step, the status, the clustering) are read once per
 * notification for all of this replica's streams of the session ({@link SharedLiveReads}); a stream whose member is
 * not on that read's member list reads as its member here.
 */
@ApplicationScoped
public class LiveReads {

    /** What one notification becomes for one subscriber: the event to send (null: nothing), and whether the stream ends. */
    record Delivery(LiveEvent event, boolean last) {
        static final Delivery SKIP = new Delivery(null, false);
        static final Delivery END = new Delivery(null, true);
    }

    /**
     * One subscriber's stream: the session, the subscriber, every member it has seen (by their alias), and the Vert.x
     * context its reads run on.
     */
    static final class Subscriber {
        final UUID sessionId;
        final UUID me;
        final Executor context;
        final Map<String, UUID> known = new HashMap<>();
        UUID owner;

        Subscriber(UUID sessionId, UUID me, Executor context) {
            this.sessionId = sessionId;
            this.me = me;
            this.context = context;
        }
    }

    private final SqlOwnership ownership;
    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final SessionEventData eventData;
    private final SharedLiveReads shared;
    private final SessionEvents events;
    private final RoundLiveReads rounds;
    private final EditLiveReads editReads;
    private final Counter ownReads;

    public LiveReads(SqlOwnership ownership, SessionRepository sessions, CollaboratorRepository collaborators, SessionEventData data,
            SharedLiveReads shared, SessionEvents events, RoundLiveReads rounds, EditLiveReads editReads, MeterRegistry metrics) {
        this.rounds = rounds;
        this.editReads = editReads;
        this.ownership = ownership;
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.eventData = data;
        this.shared = shared;
        this.events = events;
        this.ownReads = readCounter(metrics, "own");
    }

    /** The counter of live-event reads of one kind: shared by a session's streams, or a stream's own. */
    static Counter readCounter(MeterRegistry metrics, String kind) {
        return Counter.builder("pulse.brainstorm.live.reads").tag("kind", kind)
                .description("Transactions reading what a live-event notification is for its subscribers: one per notification "
                        + "for all of a session's streams on this replica (shared), or one stream's own (own)")
                .register(metrics);
    }

    /** What the notification is for this subscriber: the shared read's event if they are on its member list, else their own. */
    Uni<Delivery> read(Subscriber who, LiveEvent event) {
        if (!SessionEventData.sameForEveryMember(event.type())) {
            return own(who, event);
        }
        return shared.outcome(who.me, who.sessionId, event).emitOn(who.context).chain(outcome -> {
            if (!outcome.covers(who.me)) {
                return own(who, event);
            }
            who.owner = outcome.owner();
            who.known.putAll(outcome.aliases());
            return Uni.createFrom().item(outcome.event() == null ? Delivery.SKIP : new Delivery(outcome.event(), false));
        });
    }

    /** What the notification is for this subscriber, read in one transaction as them. */
    private Uni<Delivery> own(Subscriber who, LiveEvent event) {
        ownReads.increment();
        JsonObject claim = new JsonObject(event.data());
        return ownership.sqlAsUser(who.me, scope -> sessions.findForMember(scope, who.sessionId).chain(session -> {
            if (session == null) {
                return Uni.createFrom().item(lostAccess(who, event, claim));
            }
            who.owner = session.getUserId();
            return current(scope, who, session, event, claim);
        }));
    }

    /** The subscriber is no longer a member: the event that says why (the session deleted, they were removed), then the end. */
    private Delivery lostAccess(Subscriber who, LiveEvent event, JsonObject claim) {
        UUID actor = who.known.get(claim.getString(SessionEvents.ACTOR));
        if (SessionEvents.SESSION_DELETED.equals(event.type())) {
            return new Delivery(out(who, event, new JsonObject(), actor), true);
        }
        if (SessionEvents.COLLABORATOR_CHANGED.equals(event.type()) && "removed".equals(claim.getString("change"))
                && events.alias(who.sessionId, who.me).equals(claim.getString("member"))) {
            return new Delivery(out(who, event, new JsonObject().put("userId", who.me.toString()).put("change", "removed"), actor), true);
        }
        return Delivery.END;
    }

    private Uni<Delivery> current(SqlScope scope, Subscriber who, BrainstormSession session, LiveEvent event, JsonObject claim) {
        if (EditLiveReads.handles(event.type())) { // clusters edited by hand, action items
            return editReads.data(scope, who.sessionId, event.type(), claim)
                    .chain(data -> data == null ? Uni.createFrom().item(Delivery.SKIP) : withActor(scope, who, event, claim, data));
        }
        if (SessionEventData.sameForEveryMember(event.type())) {
            return eventData.read(scope, session, event.type(), claim).chain(found -> found == null ? Uni.createFrom().item(Delivery.SKIP)
                    : SessionEventData.attributed(event.type()) ? withActor(scope, who, event, claim, found)
                    : Uni.createFrom().item(deliver(who, event, found, null)));
        }
        return switch (event.type()) {
            case LiveEvent.READY -> members(scope, who).map(ignored -> new Delivery(out(who, event, new JsonObject(), null), false));
            case SessionEvents.COLLABORATOR_CHANGED -> member(scope, who, event, claim);
            case SessionEvents.VOTING_STARTED, SessionEvents.VOTING_CLOSED, SessionEvents.VOTING_REVEALED ->
                    rounds.round(scope, session, who.me, event.type(), claim).chain(data -> data == null
                            ? Uni.createFrom().item(Delivery.SKIP) : withActor(scope, who, event, claim, data));
            case SessionEvents.STEP_TIME_UP -> withActor(scope, who, event, claim, RoundLiveReads.timeUp(claim)
                    .put("currentStep", session.getCurrentStep()));
            default -> Uni.createFrom().item(Delivery.SKIP); // session_deleted while the session is there: not so
        };
    }

    /** A member added, given another role or removed, as the member list now shows. */
    private Uni<Delivery> member(SqlScope scope, Subscriber who, LiveEvent event, JsonObject claim) {
        String alias = claim.getString("member");
        boolean removed = "removed".equals(claim.getString("change"));
        return members(scope, who).chain(current -> {
            String role = current.get(alias);
            UUID user = who.known.get(alias);
            if (user == null || removed == (role != null)) {
                return Uni.createFrom().item(Delivery.SKIP); // not a member we know of, or the change no longer holds
            }
            JsonObject data = new JsonObject().put("userId", user.toString()).put("change", claim.getString("change"));
            if (!removed) {
                data.put("role", role);
            }
            return withActor(scope, who, event, claim, data);
        });
    }

    private Uni<Delivery> withActor(SqlScope scope, Subscriber who, LiveEvent event, JsonObject claim, JsonObject data) {
        String alias = claim.getString(SessionEvents.ACTOR);
        if (alias == null || who.known.containsKey(alias)) {
            return Uni.createFrom().item(deliver(who, event, data, who.known.get(alias)));
        }
        // Someone this stream has not seen yet (a member invited since it started): read the members again.
        return members(scope, who).map(ignored -> deliver(who, event, data, who.known.get(alias)));
    }

    /** The session's members now (alias to role; the owner first), added to those the stream knows. */
    private Uni<Map<String, String>> members(SqlScope scope, Subscriber who) {
        return collaborators.list(scope, who.sessionId).map(rows -> {
            Map<String, String> current = new LinkedHashMap<>();
            remember(who, current, who.owner, "owner");
            rows.forEach(row -> remember(who, current, row.getUserId(), row.getRole()));
            return current;
        });
    }

    private void remember(Subscriber who, Map<String, String> current, UUID user, String role) {
        String alias = events.alias(who.sessionId, user);
        who.known.put(alias, user);
        current.put(alias, role);
    }

    private static Delivery deliver(Subscriber who, LiveEvent event, JsonObject data, UUID actor) {
        return new Delivery(out(who, event, data, actor), false);
    }

    /** The event as the subscriber receives it: its data, the session, and who made the change when known. */
    private static LiveEvent out(Subscriber who, LiveEvent event, JsonObject data, UUID actor) {
        data.put("sessionId", who.sessionId.toString());
        if (actor != null) {
            data.put(SessionEvents.ACTOR, actor.toString());
        }
        return new LiveEvent(event.topic(), event.type(), data.encode());
    }
}
