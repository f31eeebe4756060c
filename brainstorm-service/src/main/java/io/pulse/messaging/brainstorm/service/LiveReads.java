package io.pulse.messaging.brainstorm.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * What each subscriber of a session's live events receives, read as that subscriber. A notification says only which
 * row changed ({@link SessionEvents}); for each one, the subscriber's stream opens a transaction bound to the
 * subscriber (so row-level security applies), checks that they are still a member and reads the row as it is now. A
 * member who lost access gets nothing more (their stream ends); a notification that arrives late, twice, or replayed
 * by someone with database access only repeats the current state of rows the member may read anyway, and one whose
 * claim no longer holds (a "deleted" idea that exists, a "removed" member who is still there) is not passed on.
 */
@ApplicationScoped
public class LiveReads {

    /** What one notification becomes for one subscriber: the event to send (null: nothing), and whether the stream ends. */
    record Delivery(LiveEvent event, boolean last) {
        static final Delivery SKIP = new Delivery(null, false);
        static final Delivery END = new Delivery(null, true);
    }

    /** One subscriber's stream: the session, the subscriber, and every member it has seen, by their alias. */
    static final class Subscriber {
        final UUID sessionId;
        final UUID me;
        final Map<String, UUID> known = new HashMap<>();
        UUID owner;

        Subscriber(UUID sessionId, UUID me) {
            this.sessionId = sessionId;
            this.me = me;
        }
    }

    private final Ownership ownership;
    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final ClusteringRepository clusterings;
    private final SessionEvents events;
    private final RoundLiveReads rounds;
    private final EditLiveReads editReads;

    public LiveReads(Ownership ownership, SessionRepository sessions, CollaboratorRepository collaborators, IdeaRepository ideas,
            VoteRepository votes, ClusteringRepository clusterings, SessionEvents events, RoundLiveReads rounds, EditLiveReads editReads) {
        this.rounds = rounds;
        this.editReads = editReads;
        this.ownership = ownership;
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.ideas = ideas;
        this.votes = votes;
        this.clusterings = clusterings;
        this.events = events;
    }

    /** What the notification is for this subscriber, read in one transaction as them. */
    Uni<Delivery> read(Subscriber who, LiveEvent event) {
        JsonObject claim = new JsonObject(event.data());
        return ownership.asUser(who.me, scope -> sessions.findForMember(scope, who.sessionId).chain(session -> {
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

    private Uni<Delivery> current(UserScope scope, Subscriber who, BrainstormSession session, LiveEvent event, JsonObject claim) {
        if (EditLiveReads.handles(event.type())) { // clusters edited by hand, action items
            return editReads.data(scope, who.sessionId, event.type(), claim)
                    .chain(data -> data == null ? Uni.createFrom().item(Delivery.SKIP) : withActor(scope, who, event, claim, data));
        }
        return switch (event.type()) {
            case LiveEvent.READY -> members(scope, who).map(ignored -> new Delivery(out(who, event, new JsonObject(), null), false));
            case SessionEvents.IDEA_ADDED, SessionEvents.IDEA_EDITED -> idea(scope, who, event, claim);
            case SessionEvents.IDEA_DELETED -> ideaGone(scope, who, event, claim);
            case SessionEvents.VOTE_CHANGED -> votes.countForIdea(scope, who.sessionId, uuid(claim, "ideaId"))
                    .map(count -> deliver(who, event, new JsonObject().put("ideaId", claim.getString("ideaId")).put("votes", count), null));
            case SessionEvents.STEP_CHANGED -> withActor(scope, who, event, claim, new JsonObject()
                    .put("currentStep", session.getCurrentStep()).put("stepStartedAt", session.getStepStartedAt().toString()));
            case SessionEvents.SESSION_UPDATED -> withActor(scope, who, event, claim, new JsonObject().put("status", session.getStatus()));
            case SessionEvents.CLUSTERS_UPDATED -> clusters(scope, who, event, claim);
            case SessionEvents.COLLABORATOR_CHANGED -> member(scope, who, event, claim);
            case SessionEvents.VOTING_STARTED, SessionEvents.VOTING_CLOSED, SessionEvents.VOTING_REVEALED ->
                    rounds.round(scope, session, who.me, event.type(), claim).chain(data -> data == null
                            ? Uni.createFrom().item(Delivery.SKIP) : withActor(scope, who, event, claim, data));
            case SessionEvents.STEP_TIME_UP -> withActor(scope, who, event, claim, RoundLiveReads.timeUp(claim)
                    .put("currentStep", session.getCurrentStep()));
            default -> Uni.createFrom().item(Delivery.SKIP); // session_deleted while the session is there: not so
        };
    }

    /** An added or edited idea as it is now; nothing if it is gone since (its idea_deleted follows). */
    private Uni<Delivery> idea(UserScope scope, Subscriber who, LiveEvent event, JsonObject claim) {
        return ideas.findInSession(scope, who.sessionId, uuid(claim, "ideaId")).chain(idea -> idea == null
                ? Uni.createFrom().item(Delivery.SKIP)
                : withActor(scope, who, event, claim, new JsonObject().put("ideaId", idea.getId().toString()).put("step", idea.getStep())
                        .put("text", idea.getText()).put("authorId", idea.getUserId() == null ? null : idea.getUserId().toString())));
    }

    /** A deleted idea, if it is indeed gone. */
    private Uni<Delivery> ideaGone(UserScope scope, Subscriber who, LiveEvent event, JsonObject claim) {
        return ideas.findInSession(scope, who.sessionId, uuid(claim, "ideaId")).chain(idea -> {
            if (idea != null) {
                return Uni.createFrom().item(Delivery.SKIP);
            }
            JsonObject data = new JsonObject().put("ideaId", claim.getString("ideaId"));
            if (claim.getString("mergedInto") != null) {
                data.put("mergedInto", claim.getString("mergedInto"));
            }
            return withActor(scope, who, event, claim, data);
        });
    }

    /** The session's latest clustering, in figures. */
    private Uni<Delivery> clusters(UserScope scope, Subscriber who, LiveEvent event, JsonObject claim) {
        return clusterings.find(scope, who.sessionId).chain(record -> {
            if (record == null) {
                return Uni.createFrom().item(Delivery.SKIP);
            }
            ClusteringView view = ClusteringStore.read(record);
            return withActor(scope, who, event, claim, new JsonObject().put("clusters", view.clusters().size())
                    .put("unclustered", view.unclustered().size()).put("mergeProposals", view.mergeProposals().size())
                    .put("ideaSetHash", view.ideaSetHash()));
        });
    }

    /** A member added, given another role or removed, as the member list now shows. */
    private Uni<Delivery> member(UserScope scope, Subscriber who, LiveEvent event, JsonObject claim) {
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

    private Uni<Delivery> withActor(UserScope scope, Subscriber who, LiveEvent event, JsonObject claim, JsonObject data) {
        String alias = claim.getString(SessionEvents.ACTOR);
        if (alias == null || who.known.containsKey(alias)) {
            return Uni.createFrom().item(deliver(who, event, data, who.known.get(alias)));
        }
        // Someone this stream has not seen yet (a member invited since it started): read the members again.
        return members(scope, who).map(ignored -> deliver(who, event, data, who.known.get(alias)));
    }

    /** The session's members now (alias to role; the owner first), added to those the stream knows. */
    private Uni<Map<String, String>> members(UserScope scope, Subscriber who) {
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

    private static UUID uuid(JsonObject claim, String field) {
        return UUID.fromString(claim.getString(field));
    }
}
