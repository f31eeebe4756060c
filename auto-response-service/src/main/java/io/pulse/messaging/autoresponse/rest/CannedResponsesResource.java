package io.pulse.messaging.autoresponse.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.autoresponse.model.CannedResponseInput;
import io.pulse.messaging.autoresponse.model.CannedResponseView;
import io.pulse.messaging.autoresponse.model.LibraryExamples;
import io.pulse.messaging.autoresponse.service.CannedResponseService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Canned responses", description = "Saved replies that rules reference (cannedResponseId) and suggestions offer")
public class CannedResponsesResource {

    private final CannedResponseService canned;

    public CannedResponsesResource(CannedResponseService canned) {
        this.canned = canned;
    }

    @GET
    @Operation(summary = "List canned responses", description = "Newest first; keyset pagination.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = LibraryExamples.CannedResponsePage.class),
            examples = @ExampleObject(name = "page", value = LibraryExamples.CANNED_PAGE)))
    public Uni<Page<CannedResponseView>> list(@Valid @BeanParam PageParams page) {
        return canned.list(page);
    }

    @POST
    @Operation(summary = "Save a canned response", description = "The template takes the placeholders of rule templates and is checked "
            + "the same way (400 naming the line and column of an unknown placeholder or broken syntax).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CannedResponseInput.class),
            examples = @ExampleObject(name = "canned response", value = LibraryExamples.CANNED_INPUT)))
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = CannedResponseView.class),
            examples = @ExampleObject(name = "canned response", value = LibraryExamples.CANNED)))
    public Uni<Response> create(@NotNull @Valid CannedResponseInput input) {
        return canned.create(input).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a canned response")
    @APIResponse(responseCode = "200", description = "The canned response", content = @Content(schema = @Schema(implementation = CannedResponseView.class),
            examples = @ExampleObject(name = "canned response", value = LibraryExamples.CANNED)))
    public Uni<CannedResponseView> get(@RestPath UUID id) {
        return canned.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a canned response", description = "Every rule using it answers with the new text from the next "
            + "evaluation on, on every replica.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CannedResponseInput.class),
            examples = @ExampleObject(name = "canned response", value = LibraryExamples.CANNED_INPUT)))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = CannedResponseView.class),
            examples = @ExampleObject(name = "canned response", value = LibraryExamples.CANNED)))
    public Uni<CannedResponseView> replace(@RestPath UUID id, @NotNull @Valid CannedResponseInput input) {
        return canned.replace(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a canned response", description = "Refused (409, naming them) while rules use it: point them at "
            + "another reply first, so no rule goes silent by surprise.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Rules use it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "in use", value = LibraryExamples.PROBLEM_CANNED_IN_USE)))
    public Uni<Response> delete(@RestPath UUID id) {
        return canned.delete(id).map(v -> Response.noContent().build());
    }
}
