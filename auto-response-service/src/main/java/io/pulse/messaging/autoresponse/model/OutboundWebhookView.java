package io.pulse.messaging.autoresponse.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An outbound webhook as the API gives it; {@code secret} only in the answer to its creation. */
@Schema(description = "An outbound webhook. Each delivery is a POST of a JSON event with X-Pulse-Timestamp (Unix seconds), "
        + "X-Pulse-Signature: v1=<hex HMAC-SHA256 of \"<timestamp>.<body>\" with the secret>, X-Pulse-Delivery (the delivery id, the "
        + "same on every retry: deliveries are at least once, deduplicate by it) and X-Pulse-Event", example = OutboundWebhookView.EXAMPLE)
public record OutboundWebhookView(
        UUID id,
        String name,
        String url,
        boolean enabled,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "The signing secret: shown once, in the answer to the creation; never again")
        String secret,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static final String EXAMPLE = "{\"id\": \"0192f3a0-5555-7000-8000-000000000005\", \"name\": \"Billing desk\", "
            + "\"url\": \"https://hooks.example.com/pulse\", \"enabled\": true, \"secret\": \"whsec_3f9a0c...\", "
            + "\"createdAt\": \"2026-07-01T10:00:00Z\", \"updatedAt\": \"2026-07-01T10:00:00Z\"}";
}
