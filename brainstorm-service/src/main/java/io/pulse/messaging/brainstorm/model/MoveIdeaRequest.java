package io.pulse.messaging.brainstorm.model;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /sessions/{id}/ideas/{ideaId}/cluster}. */
@Schema(description = "Where to put the idea: a cluster of the clustering, or null for out of any cluster", example = Examples.MOVE_IDEA)
public record MoveIdeaRequest(
        @Schema(description = "A cluster's id; null: out of any cluster", nullable = true) UUID clusterId,
        @NotNull @Positive @Schema(description = "The clustering's version the edit was made on (409 when it moved on)") Long version) {
}
