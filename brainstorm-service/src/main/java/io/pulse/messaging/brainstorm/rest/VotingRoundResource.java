package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import io.pulse.messaging.brainstorm.model.StartVotingRoundRequest;
import io.pulse.messaging.brainstorm.model.VotingRoundView;
import io.pulse.messaging.brainstorm.service.VotingRoundService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** Voting rounds of a session. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}/voting-rounds")
@Tag(name = "Voting rounds", description = "Timed voting rounds with hidden results, started and ended by the session's owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotingRoundResource {

    private final VotingRoundService rounds;

    public VotingRoundResource(VotingRoundService rounds) {
        this.rounds = rounds;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start a voting round, optionally timed and limited to some ideas (owner only); while it is open, "
            + "votes are cast in it and its results are hidden from the participants")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation = VotingRoundView.class)))
    @APIResponse(responseCode = "409", description = "Another round is open, or the session is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start(@RestPath UUID id, @Valid StartVotingRoundRequest input) {
        StartVotingRoundRequest body = input == null ? new StartVotingRoundRequest(null, null, null, null) : input;
        return rounds.start(id, body).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Operation(summary = "List a session's voting rounds, newest first, with the caller's votes in each")
    @APIResponse(responseCode = "200", description = "One page of rounds (without totals)")
    public Uni<Page<VotingRoundView>> list(@RestPath UUID id, @BeanParam @Valid PageParams page) {
        return rounds.list(id, page);
    }

    @GET
    @Path("{roundId}")
    @Operation(summary = "Get a voting round with its per-idea totals, ranked (the owner always; the others once the results are shown)")
    @APIResponse(responseCode = "200", description = "The round")
    public Uni<VotingRoundView> get(@RestPath UUID id, @RestPath UUID roundId) {
        return rounds.get(id, roundId);
    }

    @POST
    @Path("{roundId}/end")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "End the open voting round now (owner only)")
    @APIResponse(responseCode = "200", description = "The closed round with its results")
    @APIResponse(responseCode = "409", description = "The round has ended already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VotingRoundView> end(@RestPath UUID id, @RestPath UUID roundId) {
        return rounds.end(id, roundId);
    }

    @POST
    @Path("{roundId}/reveal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Show a voting round's results to every member, during or after the round (owner only)")
    @APIResponse(responseCode = "200", description = "The round with its results")
    public Uni<VotingRoundView> reveal(@RestPath UUID id, @RestPath UUID roundId) {
        return rounds.reveal(id, roundId);
    }
}
