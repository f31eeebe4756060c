package io.pulse.messaging.brainstorm.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
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

import io.pulse.messaging.brainstorm.model.Examples;
import io.pulse.messaging.brainstorm.model.ExportView;
import io.pulse.messaging.brainstorm.service.ExportService;
import io.pulse.messaging.common.error.ApiException;
import io.smallrye.mutiny.Uni;

/** A session's export as JSON or Markdown. The standard error answers come from common's OpenAPI filter. */
@Path("/api/brainstorm/sessions/{id}/export")
@Tag(name = "Sessions")
public class ExportResource {

    private static final String MARKDOWN = "text/markdown";

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Operation(summary = "Export a session: ideas by step and by cluster, votes and contributors")
    @APIResponse(responseCode = "200", description = "The export",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)),
                       @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                               example = Examples.EXPORT_MARKDOWN)})
    public Uni<Response> export(@RestPath UUID id,
            @RestQuery @Parameter(description = "markdown or json (default json)", schema = @Schema(enumeration = {"markdown", "json"})) String format) {
        String chosen = format == null || format.isBlank() ? "json" : format;
        if (!chosen.equals("json") && !chosen.equals("markdown")) {
            return Uni.createFrom().failure(ApiException.invalid("format", "must be markdown or json"));
        }
        if (chosen.equals("json")) {
            return exports.export(id).map(export -> Response.ok(export, MediaType.APPLICATION_JSON).build());
        }
        return exports.markdown(id).map(markdown -> Response.ok(markdown, MARKDOWN + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"brainstorm-" + id + ".md\"").build());
    }
}
