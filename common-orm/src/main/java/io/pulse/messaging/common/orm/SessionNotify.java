package io.pulse.messaging.common.orm;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.pulse.messaging.common.events.LiveEvents;

/** {@link LiveEvents#publish} on a Hibernate session's transaction, for the services that keep entities. */
@ApplicationScoped
public class SessionNotify {

    private static final String NOTIFY = "select cast(pg_notify(:channel, :payload) as text)";

    private final LiveEvents live;

    public SessionNotify(LiveEvents live) {
        this.live = live;
    }

    /**
     * Queues an event on the session's current transaction; PostgreSQL delivers it when the transaction commits.
     *
     * @param channel a PostgreSQL identifier (lower case letters, digits, underscores)
     * @param dataJson the event's data, a JSON value
     */
    public Uni<Void> publish(Mutiny.Session session, String channel, String topic, String type, String dataJson) {
        String payload = live.sealed(channel, topic, type, dataJson);
        // Run as an update (the one row it returns is not read), as Ownership binds the user: Hibernate never reuses
        // a native select's plan, and each execution would add one more entry to its plan cache.
        return session.createNativeQuery(NOTIFY)
                .setParameter("channel", channel)
                .setParameter("payload", payload)
                .executeUpdate()
                .replaceWithVoid();
    }
}
