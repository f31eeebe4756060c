package io.pulse.messaging.brainstorm.model;

import java.util.List;
import java.util.UUID;

/** Ideas of a {@link ClusteringView} that say the same thing, to merge into {@code keepId}. */
public record MergeProposalView(UUID keepId, List<UUID> ideaIds, List<UUID> contributors, double similarity) {
}
