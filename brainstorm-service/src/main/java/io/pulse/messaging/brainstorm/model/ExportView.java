package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's whole content as one document: ideas by step and by cluster, votes, contributors and action items. */
@Schema(description = "A session exported as JSON")
public record ExportView(SessionView session, List<StepExport> steps,
        @Schema(nullable = true, description = "The latest clustering with each cluster's ideas; null if never clustered") ClustersExport clusters,
        VotingResultsView votes, List<ContributorExport> contributors,
        @Schema(description = "The action items, by due date, with owner and due date") List<ActionItemView> actionItems) {

    /** A framework step with its ideas. */
    public record StepExport(String key, String title, String question, List<IdeaView> ideas) {
    }

    /** A cluster with its ideas. */
    public record ClusterExport(String label, double confidence, List<IdeaView> ideas) {
    }

    /** The latest clustering with the ideas in place of their ids. */
    public record ClustersExport(List<ClusterExport> clusters, List<IdeaView> unclustered, List<MergeProposalView> mergeProposals,
            @Schema(description = "False when ideas changed after the clustering") boolean current) {
    }

    /** A contributor and how many ideas they contributed to. */
    public record ContributorExport(UUID userId, long ideas) {
    }
}
