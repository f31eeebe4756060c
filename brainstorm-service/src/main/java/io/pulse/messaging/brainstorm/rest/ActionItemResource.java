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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.pulse.messaging.brainstorm.model.ActionItemView;
import io.pulse.messaging.brainstorm.model.CreateActionItemRequest;
import io.pulse.messaging.brainstorm.model.UpdateActionItemRequest;
import io.pulse.messaging.brainstorm.service.ActionItemService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** Action items out of a session. The standard error answers (400, 401, 403, 404, ...) come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}")
@Tag(name = "Action items", description = "Ideas made action items, with an owner and a due date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionItemResource {

    private final ActionItemService items;

    public ActionItemResource(ActionItemService items) {
        this.items = items;
    }

    @POST
    @Path("ideas/{ideaId}/action-item")
    @Operation(summary = "Make an idea an action item with an owner (a member of the session) and a due date (owner and editors)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ActionItemView.class)))
    @APIResponse(responseCode = "409", description = "The idea is an action item already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@RestPath UUID id, @RestPath UUID ideaId, @NotNull @Valid CreateActionItemRequest input) {
        return items.create(id, ideaId, input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("action-items")
    @Operation(summary = "List the session's action items by due date, optionally of one owner, one status, or overdue only")
    @APIResponse(responseCode = "200", description = "One page of action items")
    public Uni<Page<ActionItemView>> list(@RestPath UUID id,
            @RestQuery @Parameter(description = "Only this owner's items") UUID ownerId,
            @RestQuery @Parameter(description = "open or done", schema = @Schema(enumeration = {"open", "done"})) String status,
            @RestQuery @Parameter(description = "true: only open items due before today (UTC)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @BeanParam @Valid PageParams page) {
        return items.list(id, ownerId, status, overdue, page);
    }

    @GET
    @Path("action-items/{itemId}")
    @Operation(summary = "Get one action item")
    @APIResponse(responseCode = "200", description = "The action item")
    public Uni<ActionItemView> get(@RestPath UUID id, @RestPath UUID itemId) {
        return items.get(id, itemId);
    }

    @PATCH
    @Path("action-items/{itemId}")
    @Operation(summary = "Change an action item's status (open, done), due date, owner or note (owner and editors)")
    @APIResponse(responseCode = "200", description = "The changed action item")
    public Uni<ActionItemView> update(@RestPath UUID id, @RestPath UUID itemId, @NotNull @Valid UpdateActionItemRequest input) {
        return items.update(id, itemId, input);
    }

    @DELETE
    @Path("action-items/{itemId}")
    @Operation(summary = "Delete an action item (the idea stays) (owner and editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id, @RestPath UUID itemId) {
        return items.delete(id, itemId).map(ignored -> Response.noContent().build());
    }
}
