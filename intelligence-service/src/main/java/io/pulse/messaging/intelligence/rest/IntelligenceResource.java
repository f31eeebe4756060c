package io.pulse.messaging.intelligence.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.intelligence.engine.SentimentAnalyzer;
import io.pulse.messaging.intelligence.model.Overview;
import io.pulse.messaging.intelligence.model.SentimentBatchRequest;
import io.pulse.messaging.intelligence.model.SentimentBatchResponse;
import io.pulse.messaging.intelligence.service.IntelligenceService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

@Path("/api/intelligence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intelligence", description = "Stateless sentiment and the overview across the user's conversations")
public class IntelligenceResource {

    private final SentimentAnalyzer sentiment;
    private final IntelligenceService service;

    public IntelligenceResource(SentimentAnalyzer sentiment, IntelligenceService service) {
        this.sentiment = sentiment;
        this.service = service;
    }

    @POST
    @Path("sentiment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Sentiment of up to 1,000 texts (stateless: nothing is stored)")
    @APIResponse(responseCode = "401", description = "Missing or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "X-Pulse-Act-For sent without the service role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "One result per text, in order, each with its explanation",
            content = @Content(schema = @Schema(implementation = SentimentBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "No texts, more than 1,000, or an empty or oversized text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SentimentBatchResponse sentiment(@NotNull @Valid SentimentBatchRequest request) {
        return new SentimentBatchResponse("local", request.texts().stream().map(sentiment::analyze).toList());
    }

    @GET
    @Path("overview")
    @Operation(summary = "Across the user's conversations: most negative, declining engagement, questions waiting longest")
    @APIResponse(responseCode = "401", description = "Missing or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "X-Pulse-Act-For sent without the service role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The overview", content = @Content(schema = @Schema(implementation = Overview.class)))
    public Uni<Overview> overview() {
        return service.overview();
    }
}
