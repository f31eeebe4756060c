package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.brainstorm.model.ClusteringConflictProblem;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.LockClusteringRequest;
import io.pulse.messaging.brainstorm.model.MoveIdeaRequest;
import io.pulse.messaging.brainstorm.model.RenameClusterRequest;
import io.pulse.messaging.brainstorm.service.ClusterEditService;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** Clusters edited by hand. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}")
@Tag(name = "AI assistance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterEditResource {

    private static final String STALE = "The clustering changed since the version the edit names; the body holds the clustering now";

    private final ClusterEditService edits;

    public ClusterEditResource(ClusterEditService edits) {
        this.edits = edits;
    }

    @PATCH
    @Path("clusters")
    @Operation(summary = "Lock or unlock the clustering: locked, a re-clustering keeps every manual choice (owner and editors)")
    @APIResponse(responseCode = "200", description = "The clustering with its new version",
            content = @Content(schema = @Schema(implementation = ClusteringView.class)))
    @APIResponse(responseCode = "404", description = "No such session, not a member, or never clustered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ClusteringConflictProblem.class)))
    public Uni<ClusteringView> lock(@RestPath UUID id, @NotNull @Valid LockClusteringRequest input) {
        return edits.lock(id, input);
    }

    @PATCH
    @Path("clusters/{clusterId}")
    @Operation(summary = "Rename a cluster; its label is then the members' (labelEngine manual) (owner and editors)")
    @APIResponse(responseCode = "200", description = "The clustering with its new version",
            content = @Content(schema = @Schema(implementation = ClusteringView.class)))
    @APIResponse(responseCode = "404", description = "No such session, not a member, never clustered, or no such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ClusteringConflictProblem.class)))
    public Uni<ClusteringView> rename(@RestPath UUID id, @RestPath UUID clusterId, @NotNull @Valid RenameClusterRequest input) {
        return edits.rename(id, clusterId, input);
    }

    @PUT
    @Path("ideas/{ideaId}/cluster")
    @Operation(summary = "Move an idea to another cluster, or out of any (clusterId null) (owner and editors)")
    @APIResponse(responseCode = "200", description = "The clustering with its new version",
            content = @Content(schema = @Schema(implementation = ClusteringView.class)))
    @APIResponse(responseCode = "404", description = "No such session or idea, not a member, or never clustered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ClusteringConflictProblem.class)))
    public Uni<ClusteringView> move(@RestPath UUID id, @RestPath UUID ideaId, @NotNull @Valid MoveIdeaRequest input) {
        return edits.move(id, ideaId, input);
    }
}
