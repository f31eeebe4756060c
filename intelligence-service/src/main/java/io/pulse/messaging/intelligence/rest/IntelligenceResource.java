package io.pulse.messaging.intelligence.rest;

import java.time.Clock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.intelligence.model.OverviewView;
import io.pulse.messaging.intelligence.model.SentimentBatchRequest;
import io.pulse.messaging.intelligence.model.SentimentBatchView;
import io.pulse.messaging.intelligence.service.IntelligenceReads;
import io.pulse.messaging.intelligence.service.OverviewParams;
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
    private final Clock clock;

    public IntelligenceResource(SentimentBatch sentiment, IntelligenceReads reads, Clock clock) {
        this.sentiment = sentiment;
        this.reads = reads;
        this.clock = clock;
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
    @Operation(summary = "Across the user's conversations: most negative, declining engagement, questions waiting longest, "
            + "and the conversations themselves (items), sorted, filtered and paginated",
            description = "items lists each conversation with its title, channel, last activity, sentiment, sentiment trend and "
                    + "open follow-ups. Filters combine (all must hold; a comma-separated list matches any of its values): "
                    + "\"negative and declining this week\" is ?sentiment=negative&trend=declining&activeWithin=P7D.")
    @APIResponse(responseCode = "200", description = "The overview", content = @Content(schema = @Schema(implementation = OverviewView.class)))
    @APIResponse(responseCode = "400", description = "An unknown sort, order, sentiment or trend, a malformed channel, time or "
            + "duration, since and activeWithin together, hasOpenFollowUps not true or false, or a cursor of another sort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<OverviewView> overview(
            @RestQuery @Parameter(description = "lastActivity (default), sentiment, trend or openFollowUps",
                    schema = @Schema(enumeration = {"lastActivity", "sentiment", "trend", "openFollowUps"})) String sort,
            @RestQuery @Parameter(description = "asc or desc; default desc for lastActivity and openFollowUps, asc (most negative, "
                    + "most declining first) for sentiment and trend", schema = @Schema(enumeration = {"asc", "desc"})) String order,
            @RestQuery @Parameter(description = "Current sentiment, any of positive, neutral, negative, mixed (comma-separated)",
                    example = "negative") String sentiment,
            @RestQuery @Parameter(description = "Sentiment trend, any of improving, stable, declining, insufficient_data",
                    example = "declining") String trend,
            @RestQuery @Parameter(description = "Channel(s) given at analysis time", example = "email") String channel,
            @RestQuery @Parameter(description = "Last activity at or after this time (ISO-8601 with offset)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String since,
            @RestQuery @Parameter(description = "Last activity within this long before now (ISO-8601 duration), instead of since",
                    example = "P7D") String activeWithin,
            @RestQuery @Parameter(description = "true: only conversations with open follow-ups; false: only those without",
                    schema = @Schema(enumeration = {"true", "false"})) String hasOpenFollowUps,
            @RestQuery @Parameter(description = "Text the title contains (case ignored)", example = "export") String title,
            @Valid @BeanParam PageParams page) {
        return reads.overview(new OverviewParams(sort, order, sentiment, trend, channel, since, activeWithin, hasOpenFollowUps, title)
                .query(page, clock));
    }
}
