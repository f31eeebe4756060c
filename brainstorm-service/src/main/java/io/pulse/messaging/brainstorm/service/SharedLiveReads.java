package io.pulse.messaging.brainstorm.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * One read per notification for all of this replica's streams of a session, for the events every member reads alike
 * ({@link SessionEventData}). The first stream that gets to a notification reads, in one transaction bound to its
 * member: that the member still is one, the event's data, and the session's member list of that same moment; the
 * event is encoded once. Every stream whose member is on that list is sent that same event; a stream whose member is
 * not (removed since, or the reader itself no longer a member) reads as its member ({@link LiveReads}), which finds
 * why the stream ends, or a membership newer than the list. Without this, each of a session's N streams ran its own
 * transaction per notification: N transactions for one idea.
 *
 * <p>The outcome is kept by the notification's identity ({@link LiveEvent} instances are shared by a topic's
 * subscribers and never reused by another notification), weakly, until every stream has passed it.
 */
@ApplicationScoped
public class SharedLiveReads {

    /** What one notification is for every member on its list: the event to send (null: nothing), by the list's moment. */
    record Outcome(Set<UUID> members, UUID owner, Map<String, UUID> aliases, LiveEvent event) {

        /** No member list: every stream reads as its member. */
        static final Outcome NOBODY = new Outcome(Set.of(), null, Map.of(), null);

        boolean covers(UUID member) {
            return members.contains(member);
        }
    }

    private final SqlOwnership ownership;
    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final SessionEventData data;
    private final SessionEvents events;
    private final Counter reads;
    private final Cache<LiveEvent, Uni<Outcome>> outcomes = Caffeine.newBuilder().weakKeys()
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    public SharedLiveReads(SqlOwnership ownership, SessionRepository sessions, CollaboratorRepository collaborators,
            SessionEventData data, SessionEvents events, MeterRegistry metrics) {
        this.ownership = ownership;
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.data = data;
        this.events = events;
        this.reads = LiveReads.readCounter(metrics, "shared");
    }

    /**
     * The notification's outcome, read once as {@code reader} (a member whose stream got to it first), shared by every
     * stream of the session on this replica. A failed read is no outcome: every stream then reads as its member.
     */
    Uni<Outcome> outcome(UUID reader, UUID sessionId, LiveEvent event) {
        // Only a lazy Uni is made under the cache's lock; the first subscriber runs the read, the others wait for it.
        return outcomes.get(event, e -> read(reader, sessionId, e)
                .onFailure().recoverWithItem(Outcome.NOBODY)
                .memoize().indefinitely());
    }

    private Uni<Outcome> read(UUID reader, UUID sessionId, LiveEvent event) {
        reads.increment();
        JsonObject claim = new JsonObject(event.data());
        return ownership.sqlAsUser(reader, scope -> sessions.findForMember(scope, sessionId).chain(session -> session == null
                ? Uni.createFrom().item(Outcome.NOBODY)
                : data.read(scope, session, event.type(), claim).chain(found -> members(scope, session)
                        .map(members -> outcome(session, event, claim, found, members)))));
    }

    /** The session's members now: the owner and every collaborator, by their alias in this session's events. */
    private Uni<Map<String, UUID>> members(SqlScope scope, BrainstormSession session) {
        return collaborators.list(scope, session.getId()).map(rows -> {
            Map<String, UUID> byAlias = new HashMap<>();
            byAlias.put(events.alias(session.getId(), session.getUserId()), session.getUserId());
            rows.forEach(row -> byAlias.put(events.alias(session.getId(), row.getUserId()), row.getUserId()));
            return byAlias;
        });
    }

    private static Outcome outcome(BrainstormSession session, LiveEvent event, JsonObject claim, JsonObject found,
            Map<String, UUID> members) {
        LiveEvent out = null;
        if (found != null) {
            found.put("sessionId", session.getId().toString());
            UUID actor = SessionEventData.attributed(event.type()) ? members.get(claim.getString(SessionEvents.ACTOR)) : null;
            if (actor != null) {
                found.put(SessionEvents.ACTOR, actor.toString());
            }
            out = new LiveEvent(event.topic(), event.type(), found.encode());
        }
        return new Outcome(Set.copyOf(new HashSet<>(members.values())), session.getUserId(), Map.copyOf(members), out);
    }
}
