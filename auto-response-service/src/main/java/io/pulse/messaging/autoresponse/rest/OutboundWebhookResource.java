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

import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.model.OutboundDeliveryView;
import io.pulse.messaging.autoresponse.model.OutboundWebhookInput;
import io.pulse.messaging.autoresponse.model.OutboundWebhookView;
import io.pulse.messaging.autoresponse.service.OutboundWebhookService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/webhooks/outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outbound webhooks", description = "URLs that notify actions send signed events to, at least once, with retries and a delivery log")
public class OutboundWebhookResource {

    private final OutboundWebhookService webhooks;

    public OutboundWebhookResource(OutboundWebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "List outbound webhooks", description = "Oldest first; keyset pagination. Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "One page of webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Examples.OutboundWebhookPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.OUTBOUND_WEBHOOK_PAGE)))
    public Uni<Page<OutboundWebhookView>> list(@Valid @BeanParam PageParams page) {
        return webhooks.list(page);
    }

    @POST
    @Operation(summary = "Register an outbound webhook", description = "The answer holds the signing secret, shown this once only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutboundWebhookInput.class)))
    @APIResponse(responseCode = "201", description = "Created, with its secret", content = @Content(schema = @Schema(implementation = OutboundWebhookView.class)))
    public Uni<Response> create(@NotNull @Valid OutboundWebhookInput input) {
        return webhooks.create(input).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an outbound webhook (without its secret)")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = OutboundWebhookView.class)))
    public Uni<OutboundWebhookView> get(@RestPath UUID id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an outbound webhook's name, URL and enabled flag", description = "The secret stays.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutboundWebhookInput.class)))
    @APIResponse(responseCode = "200", description = "The webhook as saved", content = @Content(schema = @Schema(implementation = OutboundWebhookView.class)))
    public Uni<OutboundWebhookView> replace(@RestPath UUID id, @NotNull @Valid OutboundWebhookInput input) {
        return webhooks.replace(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an outbound webhook", description = "Its deliveries go with it; notify actions naming it queue nothing.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id) {
        return webhooks.delete(id).map(v -> Response.noContent().build());
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's delivery log", description = "Newest first; keyset pagination: status, attempts, last status code "
            + "or error, times.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Examples.OutboundDeliveryPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.OUTBOUND_DELIVERY_PAGE)))
    public Uni<Page<OutboundDeliveryView>> deliveries(@RestPath UUID id, @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(id, page);
    }
}
