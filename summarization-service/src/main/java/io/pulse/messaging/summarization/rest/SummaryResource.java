package io.pulse.messaging.summarization.rest;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.validation.PlausibleTimeValidator;
import io.pulse.messaging.summarization.model.CacheStatsView;
import io.pulse.messaging.summarization.model.DigestRequest;
import io.pulse.messaging.summarization.model.SummaryRequest;
import io.pulse.messaging.summarization.model.SummaryType;
import io.pulse.messaging.summarization.model.SummaryView;
import io.pulse.messaging.summarization.repository.SummaryRepository;
import io.pulse.messaging.summarization.service.CacheStatistics;
import io.pulse.messaging.summarization.service.SummaryAnswer;
import io.pulse.messaging.summarization.service.SummaryService;
import io.smallrye.mutiny.Uni;

@Path("/api/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries", description = "Thread summaries and daily digests: key points, action items, decisions, open questions")
public class SummaryResource {

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "SummaryPage")
    public static class SummaryPage {
        public List<SummaryView> items;
        @Schema(nullable = true)
        public String nextCursor;
    }

    private static final PlausibleTimeValidator PLAUSIBLE = new PlausibleTimeValidator();
    /** The type the REST layer gives the JSON it writes itself. */
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final SummaryService service;
    private final CacheStatistics statistics;
    private final CurrentUser currentUser;

    public SummaryResource(SummaryService service, CacheStatistics statistics, CurrentUser currentUser) {
        this.service = service;
        this.statistics = statistics;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Summarise a conversation",
            description = "Summarises the messages given (any order; at most 5000 messages, 20000 characters each, 4 MB in all). "
                    + "The same request within 10 minutes is answered from the cache (cached: true) without running the engine; "
                    + "any edited, added or removed message is a different request. With a language model configured "
                    + "(PULSE_AI_PROVIDER), the model writes it from the latest messages that fit its input budget and its "
                    + "answer is checked against the messages before it is stored; engine and fallbackReason say which engine "
                    + "answered, coverage.leftOut which messages were not read.")
    @APIResponse(responseCode = "201", description = "Computed and stored", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "200", description = "The same content was summarised in the last 10 minutes: the stored summary, cached: true",
            content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "403", description = "options.readerId or X-Pulse-Act-For names another user and the token is not a service token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "daily_digest: no message was sent on the requested day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryRequest.class)))
    public Uni<Response> summarize(byte[] body) throws IOException {
        // The raw body: a repeated one is not read again (SummaryService); any other is read and validated as a
        // @NotNull @Valid SummaryRequest parameter would be, with the same answers to bad input.
        return service.summarize(currentUser.subject(), body, this::owner).map(SummaryResource::created);
    }

    @POST
    @Path("digest")
    @Operation(summary = "Build a daily digest over several conversations",
            description = "Covers the messages sent on one day in the reader's time zone: per conversation a few highlights, "
                    + "what assigns the reader an action item or mentions them first; plus the day's decisions and open questions. "
                    + "With a language model configured, the model writes it (one call for all conversations) and its answer is "
                    + "checked against the messages; engine and fallbackReason say which engine answered.")
    @APIResponse(responseCode = "201", description = "Computed and stored", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "200", description = "Answered from the cache (cached: true)", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "403", description = "readerId or X-Pulse-Act-For names another user and the token is not a service token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Response> digest(@NotNull @Valid DigestRequest request) {
        UUID owner = owner(request.readerId());
        return service.digest(owner, request).map(SummaryResource::created);
    }

    @GET
    @Operation(summary = "List summaries", description = "The caller's summaries that have not expired, newest first, one keyset page at a time.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = SummaryPage.class)))
    public Uni<Page<SummaryView>> list(
            @RestQuery @Parameter(description = "Only summaries of this conversation", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String conversationId,
            @RestQuery @Parameter(description = "thread or daily_digest") String type,
            @RestQuery @Parameter(description = "Created at or after (ISO-8601 with offset)") String createdFrom,
            @RestQuery @Parameter(description = "Created before (ISO-8601 with offset)") String createdBefore,
            @BeanParam @Valid PageParams page) {
        SummaryRepository.Filter filter = new SummaryRepository.Filter(uuid("conversationId", conversationId), type(type), time("createdFrom", createdFrom),
                time("createdBefore", createdBefore));
        return service.list(filter, page);
    }

    @GET
    @Path("cache/stats")
    @Operation(summary = "Summary cache statistics",
            description = "Hits, misses and hit rate of the summary cache on this replica, over the last hour and in all: for a "
                    + "user, of the user's own requests (counted since the user's first request here, and again from zero "
                    + "after a day without one); for a service token, of every request, unless it acts for a user with "
                    + "X-Pulse-Act-For.")
    @APIResponse(responseCode = "200", description = "The statistics", content = @Content(schema = @Schema(implementation = CacheStatsView.class)))
    public CacheStatsView cacheStats(@HeaderParam(CurrentUser.ACT_FOR_HEADER) @Parameter(hidden = true) String actFor) {
        if (currentUser.isService() && (actFor == null || actFor.isBlank())) {
            return statistics.replica();
        }
        return statistics.user(currentUser.id()); // id() also refuses X-Pulse-Act-For from a user's token
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a summary")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "404", description = "No such summary for this user, or it has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<SummaryView> get(@RestPath UUID id) {
        return service.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a summary", description = "Deletes the summary and the cache entries that point to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such summary for this user, or it has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Response> delete(@RestPath UUID id) {
        return service.delete(id).replaceWith(() -> Response.noContent().build());
    }

    private UUID owner(UUID readerId) {
        return readerId == null ? currentUser.id() : currentUser.actFor(readerId);
    }

    private static Response created(SummaryAnswer answer) {
        if (answer.json() != null) {
            return Response.ok(answer.json(), JSON_UTF8).build();
        }
        SummaryView view = answer.view();
        if (view.cached()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/summaries/" + view.id())).entity(view).build();
    }

    private static SummaryType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SummaryType.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type", "must be one of [thread, daily_digest]");
        }
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (id.toString().equalsIgnoreCase(value.strip())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalid(field, "must be a UUID in canonical form");
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO-8601 timestamp with offset, such as 2026-11-25T00:00:00Z");
        }
        if (!PLAUSIBLE.isValid(time, null)) {
            throw ApiException.invalid(field, "must be a time between the years 1970 and 9999");
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
