package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template: one of the caller's own, or a built-in framework. */
@Schema(description = "A template: one of your own (id set) or a built-in framework (builtin, framework set)",
        example = Examples.TEMPLATE_VIEW)
public record TemplateView(
        @Schema(description = "Your template's id (templateId when creating a session); null for a built-in one", nullable = true) UUID id,
        String name, String description,
        @Schema(description = "True for a built-in framework") boolean builtin,
        @Schema(description = "A built-in one's framework (framework when creating a session); null for your own", nullable = true,
                enumeration = {"scamper", "six_hats", "free_form", "retrospective"}) String framework,
        List<TemplateStepView> steps,
        @Schema(nullable = true) OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime updatedAt) {
}
