package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.SuggestionRequest;
import io.pulse.messaging.brainstorm.model.SuggestionsView;
import io.pulse.messaging.brainstorm.service.ClusteringService;
import io.pulse.messaging.brainstorm.service.SuggestionService;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** AI assistance in a session. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}")
@Tag(name = "AI assistance", description = "Framework-aware idea suggestions (cached 24 hours by default) and semantic clustering")
@Produces(MediaType.APPLICATION_JSON)
public class AssistResource {

    private final SuggestionService suggestions;
    private final ClusteringService clusterings;

    public AssistResource(SuggestionService suggestions, ClusteringService clusterings) {
        this.suggestions = suggestions;
        this.clusterings = clusterings;
    }

    @POST
    @Path("suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggest ideas for a framework step from the topic and the ideas so far (owner and editors)")
    @APIResponse(responseCode = "200", description = "Suggestions; cached=true when served from the 24-hour cache")
    public Uni<SuggestionsView> suggest(@RestPath UUID id, @Valid SuggestionRequest input) {
        return suggestions.suggest(id, input);
    }

    @POST
    @Path("clusters")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cluster the session's ideas by meaning; stores and announces the result (owner and editors)")
    @APIResponse(responseCode = "200", description = "Clusters with labels and confidence, the unclustered ideas and merge proposals")
    @APIResponse(responseCode = "422", description = "The session has more ideas than one clustering takes (pulse.brainstorm.clustering.max-ideas)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This server already runs and queues as many clusterings as it takes "
            + "(problem type urn:pulse:problem:clustering-busy), or the database is unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // A client that disconnects cancels the request: if its clustering has not started, it never does.
    @Cancellable
    public Uni<ClusteringView> cluster(@RestPath UUID id) {
        return clusterings.cluster(id);
    }

    @GET
    @Path("clusters")
    @Operation(summary = "The session's latest clustering")
    @APIResponse(responseCode = "200", description = "The latest clustering")
    @APIResponse(responseCode = "404", description = "No such session, not a member, or never clustered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClusteringView> latest(@RestPath UUID id) {
        return clusterings.latest(id);
    }
}
