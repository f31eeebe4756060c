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
        OffsetDateTime createdAt) {
}
