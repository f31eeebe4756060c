package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a signed webhook delivery. */
@Schema(name = "WebhookDelivery", description = "A webhook delivery from a messaging platform: the user it is for and the message",
        example = Examples.WEBHOOK_DELIVERY)
public record WebhookDeliveryInput(
        @NotNull UUID userId,
        @NotNull @Valid EvaluationInput message) {
}
