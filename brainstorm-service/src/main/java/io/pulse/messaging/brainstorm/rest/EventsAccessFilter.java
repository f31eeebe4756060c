package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.pulse.messaging.brainstorm.service.LiveSession;
import io.smallrye.mutiny.Uni;

/**
 * Checks membership before an event stream starts: once an SSE response has begun, an error can no longer become a
 * 404 problem document, so non-members are turned away here, before the resource method runs.
 */
public class EventsAccessFilter {

    private static final Pattern EVENTS = Pattern.compile("/api/brainstorm/sessions/([0-9a-fA-F-]{36})/events/?");

    private final LiveSession live;

    public EventsAccessFilter(LiveSession live) {
        this.live = live;
    }

    @ServerRequestFilter
    public Uni<Response> checkMembership(ContainerRequestContext request) {
        Matcher matcher = EVENTS.matcher(request.getUriInfo().getPath());
        if (!"GET".equals(request.getMethod()) || !matcher.matches()) {
            return null;
        }
        UUID session;
        try {
            session = UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null; // the resource answers a malformed id
        }
        return live.member(session).replaceWith((Response) null);
    }
}
