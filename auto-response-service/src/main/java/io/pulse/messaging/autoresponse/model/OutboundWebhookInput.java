package io.pulse.messaging.autoresponse.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outbound webhook as the client writes it (create and full update); the secret is the server's. */
@Schema(description = "An outbound webhook for notify actions", example = OutboundWebhookInput.EXAMPLE)
public record OutboundWebhookInput(
        @NotBlank @Size(max = 200) @Schema(example = "Billing desk") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "https URL that receives the events (http://localhost only in development)",
                example = "https://hooks.example.com/pulse") String url,
        @Schema(defaultValue = "true", description = "A disabled webhook receives nothing; notify actions naming it queue nothing") Boolean enabled) {

    static final String EXAMPLE = "{\"name\": \"Billing desk\", \"url\": \"https://hooks.example.com/pulse\", \"enabled\": true}";
}
