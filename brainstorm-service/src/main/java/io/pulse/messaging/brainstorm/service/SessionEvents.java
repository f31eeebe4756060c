package io.pulse.messaging.brainstorm.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.events.LiveEvents;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * Announces changes to a session's members. The notification is sent inside the transaction that makes the change,
 * so PostgreSQL delivers it (to every replica listening) only if and when that transaction commits.
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

    private final LiveEvents live;
    private final ObjectMapper json;

    public SessionEvents(LiveEvents live, ObjectMapper json) {
        this.live = live;
        this.json = json;
    }

    /** Queues the event on the scope's transaction; data is a small map of ids and values (under 7 kB as JSON). */
    public Uni<Void> publish(UserScope scope, UUID sessionId, String type, Map<String, ?> data) {
        Map<String, Object> body = new LinkedHashMap<>(data);
        body.put("sessionId", sessionId);
        body.put("actor", scope.userId());
        try {
            return live.publish(scope.session(), CHANNEL, sessionId.toString(), type, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }
}
