package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session with its steps and idea counts, as the caller (a member) sees it. */
@Schema(description = "A session as its members see it", example = Examples.SESSION_VIEW)
public record SessionView(
        UUID id, String title, String topic,
        @Schema(description = "custom for a session made from a template (its steps are its own)",
                enumeration = {"scamper", "six_hats", "free_form", "retrospective", "custom"}) String framework,
        @Schema(enumeration = {"active", "closed", "archived"}) String status,
        String currentStep,
        @Schema(description = "The caller's role", enumeration = {"owner", "editor", "viewer"}) String role,
        UUID ownerId,
        SessionSettings settings,
        OffsetDateTime stepStartedAt,
        @Schema(description = "When the current step's timer runs out; null without a timer", nullable = true) OffsetDateTime stepEndsAt,
        List<StepView> steps,
        @Schema(description = "Keys of the steps without ideas") List<String> emptySteps,
        long ideaCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
