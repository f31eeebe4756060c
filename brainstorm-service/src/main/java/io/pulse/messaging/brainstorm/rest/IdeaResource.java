package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.service.IdeaService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/brainstorm/sessions/{id}")
@Tag(name = "Ideas and votes", description = "Ideas per framework step, votes within the per-participant limit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

    private final IdeaService ideas;

    public IdeaResource(IdeaService ideas) {
        this.ideas = ideas;
    }

    @POST
    @Path("ideas")
    @Operation(summary = "Add an idea to a step (owner and editors)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = Api.IdeaView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is closed or archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> add(@RestPath UUID id, @NotNull @Valid Api.CreateIdea input) {
        return ideas.add(id, input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("ideas")
    @Operation(summary = "List a session's ideas, oldest first, optionally of one step")
    @APIResponse(responseCode = "200", description = "One page of ideas with their vote counts")
    @APIResponse(responseCode = "404", description = "No such session, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<Api.IdeaView>> list(@RestPath UUID id,
            @RestQuery @Parameter(description = "Only the ideas of this step") String step,
            @BeanParam @Valid PageParams page) {
        return ideas.list(id, step, page);
    }

    @GET
    @Path("ideas/{ideaId}")
    @Operation(summary = "Get one idea")
    @APIResponse(responseCode = "200", description = "The idea")
    @APIResponse(responseCode = "404", description = "No such session or idea, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Api.IdeaView> get(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.get(id, ideaId);
    }

    @PATCH
    @Path("ideas/{ideaId}")
    @Operation(summary = "Edit an idea (its author, or the owner)")
    @APIResponse(responseCode = "200", description = "The edited idea")
    @APIResponse(responseCode = "403", description = "A viewer, or an editor editing someone else's idea",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is closed or archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Api.IdeaView> update(@RestPath UUID id, @RestPath UUID ideaId, @NotNull @Valid Api.UpdateIdea input) {
        return ideas.update(id, ideaId, input);
    }

    @DELETE
    @Path("ideas/{ideaId}")
    @Operation(summary = "Delete an idea with its votes (its author, or the owner)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "A viewer, or an editor deleting someone else's idea",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> delete(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.delete(id, ideaId).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("ideas/{ideaId}/votes")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Vote for an idea, within the session's per-participant limit (owner and editors)")
    @APIResponse(responseCode = "201", description = "Voted", content = @Content(schema = @Schema(implementation = Api.VoteStatus.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Vote limit reached, already voted for this idea, or the session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> vote(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.vote(id, ideaId).map(status -> Response.status(Response.Status.CREATED).entity(status).build());
    }

    @DELETE
    @Path("ideas/{ideaId}/votes")
    @Operation(summary = "Withdraw the caller's vote for an idea")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Api.VoteStatus.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session, idea or vote, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Api.VoteStatus> unvote(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.unvote(id, ideaId);
    }

    @GET
    @Path("votes")
    @Operation(summary = "Voting results, most voted first; voters only for the owner of a non-anonymous session")
    @APIResponse(responseCode = "200", description = "The results and the caller's remaining votes")
    @APIResponse(responseCode = "404", description = "No such session, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Api.VotingResults> results(@RestPath UUID id) {
        return ideas.results(id);
    }

    @POST
    @Path("merges")
    @Operation(summary = "Merge near-duplicate ideas into one, crediting every contributor (owner only)")
    @APIResponse(responseCode = "200", description = "The kept idea with all contributors")
    @APIResponse(responseCode = "403", description = "The caller is not the owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, or the caller is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Api.IdeaView> merge(@RestPath UUID id, @NotNull @Valid Api.MergeRequest input) {
        return ideas.merge(id, input);
    }
}
