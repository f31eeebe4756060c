package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /sessions/{id}/clusters}. */
@Schema(description = "Lock or unlock the clustering: a locked clustering keeps every manual choice when the ideas are clustered again",
        example = Examples.LOCK_CLUSTERING)
public record LockClusteringRequest(
        @NotNull Boolean locked,
        @NotNull @Positive @Schema(description = "The clustering's version the edit was made on (409 when it moved on)") Long version) {
}
