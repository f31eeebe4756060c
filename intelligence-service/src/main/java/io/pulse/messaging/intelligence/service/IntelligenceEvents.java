package io.pulse.messaging.intelligence.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.events.LiveEvents;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Live updates across replicas, through common's {@link LiveEvents} (PostgreSQL LISTEN/NOTIFY): an analysis
 * publishes an {@code analysed} event inside its transaction (so it is delivered only if the analysis commits, to
 * every replica that listens), and each SSE stream subscribes to the topic of one user's conversation, then reads
 * the new insight as that user. The event carries no data: its topic is blinded, and the user id never appears.
 */
@ApplicationScoped
public class IntelligenceEvents {

    /** The PostgreSQL notification channel of this service. */
    public static final String CHANNEL = "pulse_intelligence";
    public static final String ANALYSED = "analysed";
    /** The user marked one of the conversation's follow-ups done, dismissed or open again. */
    public static final String FOLLOW_UP_UPDATED = "follow_up_updated";

    private final LiveEvents live;

    public IntelligenceEvents(LiveEvents live) {
        this.live = live;
    }

    /** Queues the event on the scope's transaction: the scope's user analysed this conversation. */
    public Uni<Void> publish(SqlScope scope, UUID conversationId) {
        return publish(scope, conversationId, ANALYSED);
    }

    /** Queues {@code event} ({@link #ANALYSED} or {@link #FOLLOW_UP_UPDATED}) on the scope's transaction. */
    public Uni<Void> publish(SqlScope scope, UUID conversationId, String event) {
        // No data: the topic (blinded by LiveEvents) already says whose conversation it is to the subscribers, and a
        // user id in the clear is what SQL as the app role would need to read that user's rows.
        return live.publish(scope.connection(), CHANNEL, topic(scope.userId(), conversationId), event, "{}");
    }

    /**
     * The events of one user's conversation: first {@link LiveEvent#READY} (from then on, every committed analysis is
     * delivered), then one {@code analysed} event per analysis, whichever replica ran it.
     */
    public Multi<LiveEvent> subscribe(UUID userId, UUID conversationId) {
        return live.subscribe(CHANNEL, topic(userId, conversationId));
    }

    /** A conversation id is chosen by the client and may be shared by users: the topic is the user's and the conversation's. */
    static String topic(UUID userId, UUID conversationId) {
        return userId + ":" + conversationId;
    }
}
