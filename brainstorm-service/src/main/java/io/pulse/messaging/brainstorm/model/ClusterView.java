package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cluster of a {@link ClusteringView}. */
public record ClusterView(String label, List<UUID> ideaIds,
        @Schema(description = "0 to 1: how much closer the ideas are to each other than to other clusters") double confidence,
        @Schema(description = "Mean similarity between the cluster's ideas") double cohesion) {
}
