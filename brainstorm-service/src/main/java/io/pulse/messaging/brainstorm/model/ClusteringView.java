package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's ideas grouped by meaning; also the stored form of the session's latest clustering. */
@Schema(description = "The latest clustering of a session's ideas", example = Examples.CLUSTERING)
public record ClusteringView(UUID sessionId,
        @Schema(description = "What labelled the clusters: llm:<model>, local, or local-fallback when the model gave no usable "
                + "labels (the grouping itself is always computed locally, from sentence embeddings)", example = "llm:gpt-4o-mini")
        String engine,
        @Schema(description = "Why the local labels were used although a model is configured (timeout, rate-limited, "
                + "invalid-output, unavailable, circuit-open, over-budget); null unless engine is local-fallback", nullable = true)
        String fallbackReason,
        String ideaSetHash, int ideaCount,
        List<ClusterView> clusters,
        @Schema(description = "Ideas that fit no cluster") List<UUID> unclustered,
        List<MergeProposalView> mergeProposals,
        OffsetDateTime createdAt,
        @Schema(description = "True when a re-clustering keeps every manual choice (labels, moved ideas) and only places new "
                + "or unassigned ideas")
        boolean locked,
        @Schema(description = "Goes up with every change (an edit, locking, a re-clustering); an edit names the version it was "
                + "made on and gets 409 with the current clustering when it moved on", example = "3")
        long version,
        @Schema(description = "Ideas a member moved by hand, and where to (clusterId null: out of any cluster)")
        List<Placement> manualPlacements) {

    /** Where a member put an idea by hand; {@code clusterId} null: out of any cluster. */
    public record Placement(UUID ideaId, @Schema(nullable = true) UUID clusterId) {
    }

    /** A clustering as the engine makes it: unlocked, not stored yet, nothing moved by hand. */
    public ClusteringView(UUID sessionId, String engine, String fallbackReason, String ideaSetHash, int ideaCount,
            List<ClusterView> clusters, List<UUID> unclustered, List<MergeProposalView> mergeProposals, OffsetDateTime createdAt) {
        this(sessionId, engine, fallbackReason, ideaSetHash, ideaCount, clusters, unclustered, mergeProposals, createdAt, false, 0,
                List.of());
    }

    /** The same clustering with other clusters, unclustered ideas and placements. */
    public ClusteringView withGroups(List<ClusterView> newClusters, List<UUID> newUnclustered, List<Placement> placements) {
        return new ClusteringView(sessionId, engine, fallbackReason, ideaSetHash, ideaCount, List.copyOf(newClusters),
                List.copyOf(newUnclustered), mergeProposals, createdAt, locked, version, List.copyOf(placements));
    }

    /** The same clustering as stored at {@code newVersion}, locked or not. */
    public ClusteringView withState(boolean isLocked, long newVersion) {
        return new ClusteringView(sessionId, engine, fallbackReason, ideaSetHash, ideaCount, clusters, unclustered, mergeProposals,
                createdAt, isLocked, newVersion, manualPlacements == null ? List.of() : manualPlacements);
    }
}
