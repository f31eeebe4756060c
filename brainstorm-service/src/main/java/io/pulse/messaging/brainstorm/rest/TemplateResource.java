package io.pulse.messaging.brainstorm.rest;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.pulse.messaging.brainstorm.model.TemplateRequest;
import io.pulse.messaging.brainstorm.model.TemplateView;
import io.pulse.messaging.brainstorm.service.TemplateService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

/**
 * Templates: the caller's own (private to them) and the built-in frameworks. The standard error answers (400, 401, 404,
 * ...) come from common's OpenAPI filter.
 */
@Path("/api/brainstorm/templates")
@Tag(name = "Templates", description = "Your own session templates (named steps with prompts and time boxes) and the built-in frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    /** The schema of a page of templates, for the OpenAPI document. */
    @Schema(name = "TemplatePage")
    public record TemplatePage(List<TemplateView> items, String nextCursor) {
    }

    private final TemplateService templates;

    public TemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(summary = "Your templates, newest first (keyset pagination)")
    @APIResponse(responseCode = "200", description = "One page of your templates",
            content = @Content(schema = @Schema(implementation = TemplatePage.class)))
    public Uni<Page<TemplateView>> list(@BeanParam @Valid PageParams page) {
        return templates.list(page);
    }

    @GET
    @Path("builtin")
    @Operation(summary = "The built-in frameworks as templates: SCAMPER, Six Thinking Hats, retrospective, free-form",
            description = "Start a session from one with its `framework` key.")
    @APIResponse(responseCode = "200", description = "The built-in templates",
            content = @Content(schema = @Schema(implementation = TemplateView.class, type = SchemaType.ARRAY)))
    public List<TemplateView> builtin() {
        return templates.builtin();
    }

    @POST
    @Operation(summary = "Save a template of your own",
            description = "Name 1-80 characters, description up to 1000, 1 to 20 steps each with a name (1-60), a prompt "
                    + "(1-500) and an optional time box (10-86400 seconds). Each step's key is made from its name. At most 100 "
                    + "templates per user.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "422", description = "You already have as many templates as one user may (100)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid TemplateRequest input) {
        return templates.create(input).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("{templateId}")
    @Operation(summary = "One of your templates")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Uni<TemplateView> get(@RestPath UUID templateId) {
        return templates.get(templateId);
    }

    @PUT
    @Path("{templateId}")
    @Operation(summary = "Replace one of your templates",
            description = "Sessions already made from it keep the steps they copied. Same limits as when saving.")
    @APIResponse(responseCode = "200", description = "The template as saved", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Uni<TemplateView> replace(@RestPath UUID templateId, @NotNull @Valid TemplateRequest input) {
        return templates.replace(templateId, input);
    }

    @DELETE
    @Path("{templateId}")
    @Operation(summary = "Delete one of your templates", description = "Sessions made from it keep their steps.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID templateId) {
        return templates.delete(templateId).map(v -> Response.noContent().build());
    }
}
