package io.pulse.messaging.brainstorm.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's ideas grouped by meaning; also the stored form of the session's latest clustering. */
@Schema(description = "The latest clustering of a session's ideas", example = Examples.CLUSTERING)
public record ClusteringView(UUID sessionId, @Schema(example = "local") String engine, String ideaSetHash, int ideaCount,
        List<ClusterView> clusters,
        @Schema(description = "Ideas that fit no cluster") List<UUID> unclustered,
        List<MergeProposalView> mergeProposals,
        OffsetDateTime createdAt) {
}
