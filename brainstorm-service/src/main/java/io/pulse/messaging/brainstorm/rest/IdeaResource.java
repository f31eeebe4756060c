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

import io.pulse.messaging.brainstorm.model.CreateIdeaRequest;
import io.pulse.messaging.brainstorm.model.IdeaView;
import io.pulse.messaging.brainstorm.model.MergeRequest;
import io.pulse.messaging.brainstorm.model.UpdateIdeaRequest;
import io.pulse.messaging.brainstorm.model.VoteStatusView;
import io.pulse.messaging.brainstorm.model.VotingResultsView;
import io.pulse.messaging.brainstorm.service.IdeaService;
import io.pulse.messaging.brainstorm.service.VoteService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** Ideas and votes of a session. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}")
@Tag(name = "Ideas and votes", description = "Ideas per framework step, votes within the per-participant limit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

    private static final String CLOSED = "The session is closed or archived";

    private final IdeaService ideas;
    private final VoteService votes;

    public IdeaResource(IdeaService ideas, VoteService votes) {
        this.ideas = ideas;
        this.votes = votes;
    }

    @POST
    @Path("ideas")
    @Operation(summary = "Add an idea to a step (owner and editors)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = IdeaView.class)))
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> add(@RestPath UUID id, @NotNull @Valid CreateIdeaRequest input) {
        return ideas.add(id, input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("ideas")
    @Operation(summary = "List a session's ideas, oldest first, optionally of one step")
    @APIResponse(responseCode = "200", description = "One page of ideas with their vote counts")
    public Uni<Page<IdeaView>> list(@RestPath UUID id,
            @RestQuery @Parameter(description = "Only the ideas of this step") String step,
            @BeanParam @Valid PageParams page) {
        return ideas.list(id, step, page);
    }

    @GET
    @Path("ideas/{ideaId}")
    @Operation(summary = "Get one idea")
    @APIResponse(responseCode = "200", description = "The idea")
    public Uni<IdeaView> get(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.get(id, ideaId);
    }

    @PATCH
    @Path("ideas/{ideaId}")
    @Operation(summary = "Edit an idea (its author, or the owner)")
    @APIResponse(responseCode = "200", description = "The edited idea")
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<IdeaView> update(@RestPath UUID id, @RestPath UUID ideaId, @NotNull @Valid UpdateIdeaRequest input) {
        return ideas.update(id, ideaId, input);
    }

    @DELETE
    @Path("ideas/{ideaId}")
    @Operation(summary = "Delete an idea with its votes (its author, or the owner)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id, @RestPath UUID ideaId) {
        return ideas.delete(id, ideaId).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("ideas/{ideaId}/votes")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Vote for an idea, within the session's per-participant limit (owner and editors)")
    @APIResponse(responseCode = "201", description = "Voted", content = @Content(schema = @Schema(implementation = VoteStatusView.class)))
    @APIResponse(responseCode = "409", description = "Vote limit reached, already voted for this idea, or the session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> vote(@RestPath UUID id, @RestPath UUID ideaId) {
        return votes.vote(id, ideaId).map(status -> Response.status(Response.Status.CREATED).entity(status).build());
    }

    @DELETE
    @Path("ideas/{ideaId}/votes")
    @Operation(summary = "Withdraw the caller's vote for an idea")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = VoteStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, the caller is not a member, or has not voted for it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VoteStatusView> unvote(@RestPath UUID id, @RestPath UUID ideaId) {
        return votes.unvote(id, ideaId);
    }

    @GET
    @Path("votes")
    @Operation(summary = "Voting results, most voted first; voters only for the owner of a non-anonymous session")
    @APIResponse(responseCode = "200", description = "The results and the caller's remaining votes")
    public Uni<VotingResultsView> results(@RestPath UUID id) {
        return votes.results(id);
    }

    @POST
    @Path("merges")
    @Operation(summary = "Merge near-duplicate ideas into one, crediting every contributor (owner only)")
    @APIResponse(responseCode = "200", description = "The kept idea with all contributors")
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<IdeaView> merge(@RestPath UUID id, @NotNull @Valid MergeRequest input) {
        return ideas.merge(id, input);
    }
}
