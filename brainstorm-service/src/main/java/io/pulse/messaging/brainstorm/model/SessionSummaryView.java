package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as an item of the caller's session list. */
@Schema(description = "A session in a list", example = Examples.SESSION_SUMMARY)
public record SessionSummaryView(UUID id, String title,
        @Schema(enumeration = {"scamper", "six_hats", "free_form", "retrospective", "custom"}) String framework,
        @Schema(enumeration = {"active", "closed", "archived"}) String status,
        String currentStep,
        @Schema(enumeration = {"owner", "editor", "viewer"}) String role,
        UUID ownerId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
