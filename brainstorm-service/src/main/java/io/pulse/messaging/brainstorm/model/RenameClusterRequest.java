package io.pulse.messaging.brainstorm.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /sessions/{id}/clusters/{clusterId}}. */
@Schema(description = "A cluster's new label, and the clustering version it was read at", example = Examples.RENAME_CLUSTER)
public record RenameClusterRequest(
        @NotBlank @Size(max = 120) String label,
        @NotNull @Positive @Schema(description = "The clustering's version the edit was made on (409 when it moved on)") Long version) {
}
