package io.pulse.messaging.brainstorm.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /templates} and {@code PUT /templates/{id}}. */
@Schema(description = "A template of your own: its name, description and ordered steps", example = Examples.TEMPLATE)
public record TemplateRequest(
        @NotBlank @Size(max = 80) @Schema(description = "1 to 80 characters") String name,
        @Size(max = 1000) @Schema(description = "Up to 1000 characters (optional)", nullable = true) String description,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "1 to 20 steps, in the order the session runs them")
        List<@NotNull @Valid TemplateStepRequest> steps) {
}
