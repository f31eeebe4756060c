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
import io.pulse.messaging.intelligence.model.OverviewView;
import io.pulse.messaging.intelligence.model.SentimentBatchRequest;
import io.pulse.messaging.intelligence.model.SentimentBatchView;
import io.pulse.messaging.intelligence.service.IntelligenceReads;
import io.pulse.messaging.intelligence.service.SentimentBatch;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Stateless sentiment and the overview. OpenAPI: each operation declares its success and what makes its input invalid;
 * the other error answers (401, 403, ...) come from common's StandardErrorResponses.
 */
@Path("/api/intelligence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intelligence", description = "Stateless sentiment and the overview across the user's conversations")
public class IntelligenceResource {

    private final SentimentBatch sentiment;
    private final IntelligenceReads reads;

    public IntelligenceResource(SentimentBatch sentiment, IntelligenceReads reads) {
        this.sentiment = sentiment;
        this.reads = reads;
    }

    @POST
    @Path("sentiment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Sentiment of up to 1,000 texts (stateless: nothing is stored); with a model configured, the "
            + "first texts that fit its budget are judged by the model, the others by the local engine")
    @APIResponse(responseCode = "200", description = "One result per text, in order, each with its explanation",
            content = @Content(schema = @Schema(implementation = SentimentBatchView.class)))
    @APIResponse(responseCode = "400", description = "No texts, more than 1,000, or an empty or oversized text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SentimentBatchView sentiment(@NotNull @Valid SentimentBatchRequest request) {
        return sentiment.score(request.texts());
    }

    @GET
    @Path("overview")
    @Operation(summary = "Across the user's conversations: most negative, declining engagement, questions waiting longest")
    @APIResponse(responseCode = "200", description = "The overview", content = @Content(schema = @Schema(implementation = OverviewView.class)))
    public Uni<OverviewView> overview() {
        return reads.overview();
    }
}
