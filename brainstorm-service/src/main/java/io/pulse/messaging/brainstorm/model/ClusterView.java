package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cluster of a {@link ClusteringView}. */
public record ClusterView(String label,
        @Schema(description = "Who wrote this cluster's label: llm:<model>, or local (the local engine's label, also kept for a "
                + "cluster whose model label failed validation); null in clusterings stored before labels came from a model",
                nullable = true, example = "llm:gpt-4o-mini")
        String labelEngine,
        List<UUID> ideaIds,
        @Schema(description = "0 to 1: how much closer the ideas are to each other than to other clusters") double confidence,
        @Schema(description = "Mean similarity between the cluster's ideas") double cohesion) {
}
