package io.pulse.messaging.brainstorm.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.events.LiveEvents;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/**
 * Announces changes to a session's members. The notification is sent inside the transaction that makes the change,
 * so PostgreSQL delivers it (to every replica listening) only if and when that transaction commits.
 *
 * <p>A notification bypasses row-level security (any database user can {@code LISTEN}), so it carries what the change
 * is about and nothing else: the event type, ids of the session's own rows (an idea), small enums, and users as
 * {@linkplain #alias aliases} that only the services can match to a member. Never a text, never a user id. Each
 * subscriber's stream reads the rest as that subscriber ({@link LiveReads}). A vote is announced without its voter.
 */
@Singleton
public class SessionEvents {

    /** The PostgreSQL notification channel of this service. */
    public static final String CHANNEL = "pulse_brainstorm";

    public static final String IDEA_ADDED = "idea_added";
    public static final String IDEA_EDITED = "idea_edited";
    public static final String IDEA_DELETED = "idea_deleted";
    public static final String VOTE_CHANGED = "vote_changed";
    public static final String STEP_CHANGED = "step_changed";
    public static final String SESSION_UPDATED = "session_updated";
    public static final String SESSION_DELETED = "session_deleted";
    public static final String CLUSTERS_UPDATED = "clusters_updated";
    public static final String COLLABORATOR_CHANGED = "collaborator_changed";
    public static final String VOTING_STARTED = "voting_started";
    public static final String VOTING_CLOSED = "voting_closed";
    public static final String VOTING_REVEALED = "voting_revealed";
    public static final String STEP_TIME_UP = "step_time_up";
    // Clusters edited by hand, and action items (issue 18).
    public static final String CLUSTER_RENAMED = "cluster_renamed";
    public static final String IDEA_MOVED = "idea_moved";
    public static final String CLUSTERING_LOCKED = "clustering_locked";
    public static final String ACTION_ITEM_ADDED = "action_item_added";
    public static final String ACTION_ITEM_UPDATED = "action_item_updated";
    public static final String ACTION_ITEM_DELETED = "action_item_deleted";

    private final LiveEvents live;
    private final ObjectMapper json;

    public SessionEvents(LiveEvents live, ObjectMapper json) {
        this.live = live;
        this.json = json;
    }

    /** The field of an event's data that holds the alias of the member who made the change. */
    static final String ACTOR = "actor";

    /**
     * Queues the event on the scope's transaction, with the scope's user as its actor (except for a vote, which names
     * nobody). {@code data}: ids of the session's rows and small enums only, users as {@link #alias}.
     */
    public Uni<Void> publish(SqlScope scope, UUID sessionId, String type, Map<String, ?> data) {
        return send(scope, sessionId, type, data, !VOTE_CHANGED.equals(type));
    }

    /**
     * Queues the event on the scope's transaction with no actor: a change nobody made in the session (what an erasure
     * took away), announced in a transaction of whoever's scope it is without naming them.
     */
    public Uni<Void> publishUnattributed(SqlScope scope, UUID sessionId, String type, Map<String, ?> data) {
        return send(scope, sessionId, type, data, false);
    }

    private Uni<Void> send(SqlScope scope, UUID sessionId, String type, Map<String, ?> data, boolean withActor) {
        Map<String, Object> body = new LinkedHashMap<>(data);
        if (withActor) {
            body.put(ACTOR, alias(sessionId, scope.userId()));
        }
        try {
            return live.publish(scope.connection(), CHANNEL, sessionId.toString(), type, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** The opaque stand-in for a user in this session's notifications, the same on every replica. */
    public String alias(UUID sessionId, UUID userId) {
        return live.alias(CHANNEL, sessionId.toString(), userId.toString());
    }
}
