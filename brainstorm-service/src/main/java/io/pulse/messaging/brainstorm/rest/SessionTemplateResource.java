package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

import io.pulse.messaging.brainstorm.model.SaveAsTemplateRequest;
import io.pulse.messaging.brainstorm.model.TemplateView;
import io.pulse.messaging.brainstorm.service.TemplateService;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/** "Save as my template": any member of a session copies its steps into a new template of their own. */
@Path("/api/brainstorm/sessions/{id}/template")
@Tag(name = "Templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionTemplateResource {

    private final TemplateService templates;

    public SessionTemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @POST
    @Operation(summary = "Save the session's steps as a template of your own (any member)",
            description = "The body is optional: the template is named after the session's title and described by its topic "
                    + "unless you say otherwise. The template is yours alone; the session is not changed.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "422", description = "You already have as many templates as one user may (100)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> save(@RestPath UUID id, @Valid SaveAsTemplateRequest input) {
        return templates.saveFromSession(id, input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
