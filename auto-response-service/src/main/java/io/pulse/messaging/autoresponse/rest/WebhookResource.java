package io.pulse.messaging.autoresponse.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.model.WebhookDeliveryInput;
import io.pulse.messaging.autoresponse.service.WebhookService;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/webhooks/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Inbound messages from messaging platforms, signed instead of token-authenticated")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @SecurityRequirements
    @Operation(summary = "Receive a message from a messaging platform", description = "Signed with HMAC-SHA256 over \"<timestamp>.<raw body>\" "
            + "with the shared secret: X-Pulse-Signature: v1=<hex>, X-Pulse-Timestamp: <unix seconds>. Deliveries more than the tolerance "
            + "(5 minutes) from now, and replays of an accepted delivery, are refused before anything is evaluated or logged.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookDeliveryInput.class)))
    @APIResponse(responseCode = "200", description = "The evaluation, as POST /evaluate answers",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature, or a stale timestamp",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "bad signature", value = Examples.PROBLEM_BAD_SIGNATURE)))
    @APIResponse(responseCode = "409", description = "This delivery was already received (replay)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "replay", value = Examples.PROBLEM_REPLAY)))
    @APIResponse(responseCode = "422", description = "The pattern work of this request (characters of content times the weights of the user's "
            + "patterns) is above the limit; nothing was evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too costly", value = Examples.PROBLEM_TOO_COSTLY)))
    @APIResponse(responseCode = "503", description = "No webhook secret is configured on this server",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not configured", value = Examples.PROBLEM_WEBHOOK_NOT_CONFIGURED)))
    public Uni<EvaluationView> receive(
            byte[] body,
            @RestHeader(WebhookService.TIMESTAMP_HEADER) @Parameter(description = "Unix seconds when the platform signed the delivery") String timestamp,
            @RestHeader(WebhookService.SIGNATURE_HEADER) @Parameter(description = "v1=<hex HMAC-SHA256>") String signature) {
        return webhooks.receive(body == null ? new byte[0] : body, timestamp, signature);
    }
}
