package io.pulse.messaging.intelligence.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.openapi.StandardErrorResponses;
import io.pulse.messaging.intelligence.model.AnalyzeRequest;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.FollowUpStatusInput;
import io.pulse.messaging.intelligence.model.FollowUpView;
import io.pulse.messaging.intelligence.model.SentimentSeriesView;
import io.pulse.messaging.intelligence.model.TopicHistoryView;
import io.pulse.messaging.intelligence.service.FollowUps;
import io.pulse.messaging.intelligence.service.HistoryQuery;
import io.pulse.messaging.intelligence.service.IntelligenceReads;
import io.pulse.messaging.intelligence.service.IntelligenceService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One conversation's intelligence. OpenAPI: each operation declares its success and what makes its input invalid; the
 * other error answers (401, 403, 404, ...) come from common's StandardErrorResponses.
 */
@Path("/api/intelligence/conversations/{conversationId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversation intelligence", description = "Sentiment, topics, participants, engagement, follow-ups and alerts per conversation")
public class ConversationIntelligenceResource {

    private final IntelligenceService service;
    private final IntelligenceReads reads;
    private final FollowUps followUps;
    private final Clock clock;

    public ConversationIntelligenceResource(IntelligenceService service, IntelligenceReads reads, FollowUps followUps, Clock clock) {
        this.service = service;
        this.reads = reads;
        this.followUps = followUps;
        this.clock = clock;
    }

    @POST
    @Path("analyze")
    @Extension(name = StandardErrorResponses.NEVER_NOT_FOUND, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a conversation's messages (incremental: messages analysed before, by id, are skipped)")
    @APIResponse(responseCode = "200", description = "The conversation's updated insight; messages lists those analysed by this call",
            content = @Content(schema = @Schema(implementation = ConversationIntelligenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid messages (missing ids, duplicate ids, empty or oversized text, more than 1,000 messages); nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConversationIntelligenceView> analyze(@RestPath @Parameter(description = "The conversation's id") UUID conversationId,
            @NotNull @Valid AnalyzeRequest request) {
        return service.analyze(conversationId, request);
    }

    @GET
    @Operation(summary = "The conversation's latest insight, with the last 50 per-message sentiment entries")
    @APIResponse(responseCode = "200", description = "The stored insight",
            content = @Content(schema = @Schema(implementation = ConversationIntelligenceView.class)))
    public Uni<ConversationIntelligenceView> get(@RestPath UUID conversationId) {
        return reads.get(conversationId);
    }

    @GET
    @Path("sentiment-history")
    @Operation(summary = "The conversation's sentiment over time, aggregated by hour or day")
    @APIResponse(responseCode = "200", description = "The series (buckets without messages are left out)",
            content = @Content(schema = @Schema(implementation = SentimentSeriesView.class)))
    @APIResponse(responseCode = "400", description = "Unknown bucket, unreadable time, or from not before to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SentimentSeriesView> sentimentHistory(@RestPath UUID conversationId,
            @RestQuery @Parameter(description = "Start (inclusive), ISO-8601 with offset; default: 90 days (day) or 7 days (hour) before to",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @RestQuery @Parameter(description = "End (exclusive), ISO-8601 with offset; default: now",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @RestQuery @Parameter(description = "hour or day (default day)", schema = @Schema(enumeration = {"hour", "day"})) String bucket) {
        return reads.sentimentHistory(conversationId, HistoryQuery.sentiment(from, to, bucket, clock));
    }

    @GET
    @Path("topics")
    @Operation(summary = "Topics detected in the conversation's messages over a time range")
    @APIResponse(responseCode = "200", description = "Topics with how often and how confidently they were detected",
            content = @Content(schema = @Schema(implementation = TopicHistoryView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable time, or from not before to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TopicHistoryView> topics(@RestPath UUID conversationId,
            @RestQuery @Parameter(description = "Start (inclusive), ISO-8601 with offset; default 60 days before to",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @RestQuery @Parameter(description = "End (exclusive), ISO-8601 with offset; default now",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to) {
        return reads.topicHistory(conversationId, HistoryQuery.topics(from, to, clock));
    }

    @PATCH
    @Path("follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one of the conversation's follow-ups done, dismissed or open again",
            description = "The follow-up keeps its status when later analyses find it again; the overview counts open ones only.")
    @APIResponse(responseCode = "200", description = "The follow-up with its new status",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "400", description = "A status other than open, done or dismissed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FollowUpView> followUp(@RestPath UUID conversationId,
            @RestPath @Parameter(description = "The follow-up's id (followUps[].id)") UUID followUpId,
            @NotNull @Valid FollowUpStatusInput input) {
        return followUps.setStatus(conversationId, followUpId, input.status());
    }

    @GET
    @Path("events")
    @Extension(name = StandardErrorResponses.NEVER_NOT_FOUND, value = "true")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live insight: the current insight, then the new one each time the conversation is analysed (on any replica)")
    @APIResponse(responseCode = "200", description = "A Server-Sent Events stream of ConversationIntelligence objects",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = ConversationIntelligenceView.class)))
    public Multi<ConversationIntelligenceView> events(@RestPath UUID conversationId) {
        return reads.live(conversationId);
    }
}
