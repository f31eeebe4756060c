package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cluster of a {@link ClusteringView}. */
public record ClusterView(
        @Schema(description = "The cluster's id, kept through edits and through re-clusterings where the cluster persists "
                + "(rename it and move ideas into it by this id)", example = "0190f5a4-8a00-7c4e-8f0a-5b0e2d3c1a01")
        UUID id,
        String label,
        @Schema(description = "Who wrote this cluster's label: llm:<model>, local (the local engine's label, also kept for a "
                + "cluster whose model label failed validation), or manual (renamed by a member); null in clusterings stored "
                + "before labels came from a model", nullable = true, example = "llm:gpt-4o-mini")
        String labelEngine,
        List<UUID> ideaIds,
        @Schema(description = "0 to 1: how much closer the ideas are to each other than to other clusters (as the engine "
                + "found them: not recomputed after ideas are moved by hand)") double confidence,
        @Schema(description = "Mean similarity between the cluster's ideas (as the engine found them)") double cohesion) {

    /** The label engine of a label a member wrote. */
    public static final String MANUAL = "manual";

    /** A cluster as the engine makes it, without an id yet. */
    public ClusterView(String label, String labelEngine, List<UUID> ideaIds, double confidence, double cohesion) {
        this(null, label, labelEngine, ideaIds, confidence, cohesion);
    }

    public ClusterView withId(UUID newId) {
        return new ClusterView(newId, label, labelEngine, ideaIds, confidence, cohesion);
    }

    public ClusterView withIdeas(List<UUID> ideas) {
        return new ClusterView(id, label, labelEngine, List.copyOf(ideas), confidence, cohesion);
    }

    public ClusterView withLabel(String newLabel, String engine) {
        return new ClusterView(id, newLabel, engine, ideaIds, confidence, cohesion);
    }

    public boolean manualLabel() {
        return MANUAL.equals(labelEngine);
    }
}
