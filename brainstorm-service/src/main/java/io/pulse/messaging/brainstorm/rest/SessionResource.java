package io.pulse.messaging.brainstorm.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.brainstorm.model.CollaboratorRoleRequest;
import io.pulse.messaging.brainstorm.model.CollaboratorView;
import io.pulse.messaging.brainstorm.model.CreateSessionRequest;
import io.pulse.messaging.brainstorm.model.SessionSummaryView;
import io.pulse.messaging.brainstorm.model.SessionView;
import io.pulse.messaging.brainstorm.model.UpdateSessionRequest;
import io.pulse.messaging.brainstorm.service.SessionService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.smallrye.mutiny.Uni;

/** Sessions and their members. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions")
@Tag(name = "Sessions", description = "Brainstorming sessions and their members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Operation(summary = "Start a session with a framework (scamper, six_hats or free_form)")
    @APIResponse(responseCode = "201", description = "Created; the caller owns it",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Uni<Response> create(@NotNull @Valid CreateSessionRequest input) {
        return sessions.create(input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Operation(summary = "List the sessions the caller owns or was invited to, newest first")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Uni<Page<SessionSummaryView>> list(@BeanParam @Valid PageParams page) {
        return sessions.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a session with its framework steps, per-step idea counts and empty steps")
    @APIResponse(responseCode = "200", description = "The session")
    public Uni<SessionView> get(@RestPath UUID id) {
        return sessions.get(id);
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a session's title, topic, status, current step or settings (owner only)")
    @APIResponse(responseCode = "200", description = "The changed session")
    public Uni<SessionView> update(@RestPath UUID id, @NotNull @Valid UpdateSessionRequest input) {
        return sessions.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a session with all its ideas, votes and members (owner only)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id) {
        return sessions.delete(id).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("{id}/collaborators")
    @Operation(summary = "List a session's members: the owner, then editors and viewers")
    @APIResponse(responseCode = "200", description = "The members")
    public Uni<List<CollaboratorView>> members(@RestPath UUID id) {
        return sessions.members(id);
    }

    @PUT
    @Path("{id}/collaborators/{userId}")
    @Operation(summary = "Invite a user as editor or viewer, or change their role (owner only)")
    @APIResponse(responseCode = "201", description = "Invited", content = @Content(schema = @Schema(implementation = CollaboratorView.class)))
    @APIResponse(responseCode = "200", description = "Role changed", content = @Content(schema = @Schema(implementation = CollaboratorView.class)))
    public Uni<Response> putMember(@RestPath UUID id, @RestPath UUID userId, @NotNull @Valid CollaboratorRoleRequest input) {
        return sessions.putMember(id, userId, input)
                .map(change -> Response.status(change.invited() ? 201 : 200).entity(change.member()).build());
    }

    @DELETE
    @Path("{id}/collaborators/{userId}")
    @Operation(summary = "Remove a member from a session (owner only)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> removeMember(@RestPath UUID id, @RestPath UUID userId) {
        return sessions.removeMember(id, userId).map(ignored -> Response.noContent().build());
    }
}
