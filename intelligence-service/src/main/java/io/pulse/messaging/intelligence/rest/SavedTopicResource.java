package io.pulse.messaging.intelligence.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.intelligence.model.SavedTopicInput;
import io.pulse.messaging.intelligence.model.SavedTopicView;
import io.pulse.messaging.intelligence.service.SavedTopics;
import io.smallrye.mutiny.Uni;

/**
 * The user's saved custom topics, looked for in every later analysis without being re-sent. OpenAPI: each operation
 * declares its success and what makes its input invalid; the other error answers come from common's StandardErrorResponses.
 */
@Path("/api/intelligence/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved topics", description = "Your own topics, matched by meaning in every analysis of your conversations")
public class SavedTopicResource {

    /** The schema of a page of saved topics, for the OpenAPI document. */
    @Schema(name = "SavedTopicPage")
    public record SavedTopicPage(java.util.List<SavedTopicView> items, String nextCursor) {
    }

    private final SavedTopics topics;

    public SavedTopicResource(SavedTopics topics) {
        this.topics = topics;
    }

    @GET
    @Operation(summary = "Your saved topics, newest first (keyset pagination)")
    @APIResponse(responseCode = "200", description = "One page of topics", content = @Content(schema = @Schema(implementation = SavedTopicPage.class)))
    public Uni<Page<SavedTopicView>> list(@Valid @BeanParam PageParams page) {
        return topics.list(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a topic", description = "Every later analysis looks for it. Name 1-60 characters, description up "
            + "to 500, up to 20 keywords of up to 40 characters, up to 10 example phrases of up to 200 characters.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = SavedTopicView.class)))
    @APIResponse(responseCode = "400", description = "A missing name or a field over its limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "You already have a topic with this name (ignoring case)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "You already have as many topics as one user may (50 by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid SavedTopicInput input) {
        return topics.create(input).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One saved topic")
    @APIResponse(responseCode = "200", description = "The topic", content = @Content(schema = @Schema(implementation = SavedTopicView.class)))
    public Uni<SavedTopicView> get(@RestPath UUID id) {
        return topics.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a saved topic", description = "Fields left out are emptied. Same limits as when saving.")
    @APIResponse(responseCode = "200", description = "The topic as saved", content = @Content(schema = @Schema(implementation = SavedTopicView.class)))
    @APIResponse(responseCode = "400", description = "A missing name or a field over its limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another of your topics has this name (ignoring case)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SavedTopicView> replace(@RestPath UUID id, @NotNull @Valid SavedTopicInput input) {
        return topics.replace(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved topic", description = "Later analyses no longer look for it; its past detections stay in the topic history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id) {
        return topics.delete(id).map(v -> Response.noContent().build());
    }
}
