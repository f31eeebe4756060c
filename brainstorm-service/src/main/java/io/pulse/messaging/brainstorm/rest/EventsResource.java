package io.pulse.messaging.brainstorm.rest;

import java.time.Duration;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.brainstorm.model.Examples;
import io.pulse.messaging.brainstorm.service.BrainstormConfig;
import io.pulse.messaging.brainstorm.service.LiveSession;
import io.pulse.messaging.common.lifecycle.ErasedUsers;
import io.smallrye.mutiny.Multi;

/** A session's live events. The standard error answers (404 for non-members, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}/events")
@Tag(name = "Live updates")
public class EventsResource {

    /** Marks the end of the events, which also ends the heartbeats merged with them. */
    private static final Object END = new Object();

    private final LiveSession live;
    private final ErasedUsers erased;
    private final Duration heartbeat;

    public EventsResource(LiveSession live, ErasedUsers erased, BrainstormConfig config) {
        this.live = live;
        this.erased = erased;
        this.heartbeat = config.events().heartbeat();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events of a session: idea_added, idea_edited, idea_deleted, vote_changed, step_changed, "
            + "session_updated, clusters_updated, collaborator_changed, session_deleted (first event: ready); voting_started, "
            + "voting_closed, voting_revealed, step_time_up; cluster_renamed, idea_moved, clustering_locked; action_item_added, "
            + "action_item_updated, action_item_deleted")
    @APIResponse(responseCode = "200", description = "An event stream; each event's data is a JSON object with sessionId, what "
            + "changed as the subscriber may read it now, and actor (who made the change) when known; a vote_changed never names "
            + "the voter",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    example = Examples.EVENTS))
    public Multi<OutboundSseEvent> events(@RestPath UUID id, @Context Sse sse) {
        // EventsAccessFilter has already turned non-members away with a 404; this check only finds the caller's id.
        return RestMulti.fromUniResponse(live.member(id), me -> stream(id, me, sse));
    }

    private Multi<OutboundSseEvent> stream(UUID id, UUID me, Sse sse) {
        // The stream of a member whose data is erased ends, on whichever replica the erasure ran.
        Multi<Object> events = erased.endWhenErased(me, live.events(id, me))
                .map(event -> (Object) sse.newEventBuilder()
                        .name(event.type())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(event.data())
                        .build())
                .onCompletion().continueWith(END);
        // A comment now and then keeps proxies from closing a quiet stream; it stops as soon as the events end.
        Multi<Object> beats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> (Object) sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, beats)
                .select().first(item -> item != END)
                .map(OutboundSseEvent.class::cast);
    }
}
