package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.ClusteringView.Placement;
import io.pulse.messaging.common.error.ApiException;

/** The changes a member makes to a clustering by hand, each a new clustering (the same one when nothing changes). */
final class ClusteringEdits {

    private ClusteringEdits() {
    }

    /** The cluster renamed by a member (its label engine becomes {@code manual}); 404 for a cluster it does not have. */
    static ClusteringView rename(ClusteringView view, UUID clusterId, String label) {
        ClusterView target = cluster(view, clusterId);
        if (target == null) {
            throw ApiException.notFound("Cluster");
        }
        if (target.manualLabel() && target.label().equals(label)) {
            return view;
        }
        List<ClusterView> clusters = view.clusters().stream()
                .map(c -> c.id().equals(clusterId) ? c.withLabel(label, ClusterView.MANUAL) : c).toList();
        return view.withGroups(clusters, view.unclustered(), view.manualPlacements());
    }

    /**
     * The idea moved to the end of the cluster {@code clusterId}, or out of any cluster (null), and remembered as placed
     * by hand; 400 naming {@code clusterId} for a cluster the clustering does not have.
     */
    static ClusteringView move(ClusteringView view, UUID ideaId, UUID clusterId) {
        if (clusterId != null && cluster(view, clusterId) == null) {
            throw ApiException.invalid("clusterId", "is not a cluster of the session's clustering");
        }
        if (clusterId == null ? view.unclustered().contains(ideaId) : cluster(view, clusterId).ideaIds().contains(ideaId)) {
            return view;
        }
        List<ClusterView> clusters = view.clusters().stream().map(c -> {
            List<UUID> ideas = new ArrayList<>(c.ideaIds());
            ideas.remove(ideaId);
            if (c.id().equals(clusterId)) {
                ideas.add(ideaId);
            }
            return c.withIdeas(ideas);
        }).toList();
        List<UUID> unclustered = new ArrayList<>(view.unclustered());
        unclustered.remove(ideaId);
        if (clusterId == null) {
            unclustered.add(ideaId);
        }
        List<Placement> placements = new ArrayList<>(view.manualPlacements().stream().filter(p -> !p.ideaId().equals(ideaId)).toList());
        placements.add(new Placement(ideaId, clusterId));
        return view.withGroups(clusters, unclustered, placements);
    }

    /** The clustering locked or unlocked. */
    static ClusteringView lock(ClusteringView view, boolean locked) {
        return view.locked() == locked ? view : view.withState(locked, view.version());
    }

    /** Where the idea is now: its cluster's id, or null when it is in none. */
    static UUID clusterOf(ClusteringView view, UUID ideaId) {
        return view.clusters().stream().filter(c -> c.ideaIds().contains(ideaId)).map(ClusterView::id).findFirst().orElse(null);
    }

    static ClusterView cluster(ClusteringView view, UUID clusterId) {
        return view.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst().orElse(null);
    }
}
