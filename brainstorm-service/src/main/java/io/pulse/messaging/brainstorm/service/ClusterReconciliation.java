package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.ClusteringView.Placement;

/**
 * A new clustering (the engine's, of the ideas as they are now) reconciled with the stored one, so that what members
 * did by hand survives a re-clustering:
 * <ul>
 * <li><b>locked</b>: every cluster stays with its id, label and ideas (those still there), and every idea a member moved
 * out of any cluster stays out; only the other ideas (new, or unclustered before) are placed by the engine: into the
 * existing cluster that holds most of the ideas the engine grouped them with (its nearest), or, when the engine grouped
 * them with none of those, into a new cluster of the engine's. A cluster left without ideas is dropped.</li>
 * <li><b>unlocked</b>: the engine's clustering stands. A new cluster that clearly is an old one (Jaccard similarity of
 * their ideas, counting only ideas still there, above {@value #PERSISTS}: they share more than they do not; best pairs
 * first, each old cluster once)
 * keeps the old one's id, and its label when a member wrote that label. Ideas moved by hand are placed afresh.</li>
 * </ul>
 * Linear in the ideas (plus clusters squared when unlocked); run in the storing transaction, against the clustering
 * as it is then, so that an edit committed while the engine computed is not lost.
 */
final class ClusterReconciliation {

    static final double PERSISTS = 0.5;

    private ClusterReconciliation() {
    }

    /** {@code fresh} (the engine's, without cluster ids) reconciled with {@code previous} (null: nothing stored). */
    static ClusteringView reconcile(ClusteringView previous, ClusteringView fresh, Supplier<UUID> newIds) {
        if (previous == null) {
            return fresh.withGroups(fresh.clusters().stream().map(c -> c.withId(newIds.get())).toList(), fresh.unclustered(), List.of());
        }
        ClusteringView reconciled = previous.locked() ? keepAll(previous, fresh, newIds) : keepLabels(previous, fresh, newIds);
        return reconciled.withState(previous.locked(), previous.version());
    }

    private static ClusteringView keepAll(ClusteringView previous, ClusteringView fresh, Supplier<UUID> newIds) {
        Set<UUID> present = ideasOf(fresh);
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        Map<UUID, UUID> assigned = new HashMap<>();
        for (ClusterView cluster : previous.clusters()) {
            List<UUID> still = new ArrayList<>(cluster.ideaIds().stream().filter(present::contains).toList());
            members.put(cluster.id(), still);
            still.forEach(idea -> assigned.put(idea, cluster.id()));
        }
        Set<UUID> pinnedOut = new HashSet<>();
        previous.manualPlacements().stream().filter(p -> p.clusterId() == null && present.contains(p.ideaId()))
                .forEach(p -> pinnedOut.add(p.ideaId()));
        List<ClusterView> created = new ArrayList<>();
        for (ClusterView engine : fresh.clusters()) {
            List<UUID> toPlace = engine.ideaIds().stream().filter(id -> !assigned.containsKey(id) && !pinnedOut.contains(id)).toList();
            if (toPlace.isEmpty()) {
                continue;
            }
            UUID nearest = nearest(engine.ideaIds(), assigned);
            if (nearest != null) {
                members.get(nearest).addAll(toPlace);
            } else {
                created.add(engine.withId(newIds.get()).withIdeas(toPlace));
            }
        }
        List<ClusterView> clusters = new ArrayList<>();
        for (ClusterView cluster : previous.clusters()) {
            List<UUID> ideas = members.get(cluster.id());
            if (!ideas.isEmpty()) {
                clusters.add(cluster.withIdeas(ideas));
            }
        }
        clusters.addAll(created);
        Set<UUID> kept = new HashSet<>();
        clusters.forEach(c -> kept.add(c.id()));
        List<Placement> placements = previous.manualPlacements().stream()
                .filter(p -> present.contains(p.ideaId()) && (p.clusterId() == null || kept.contains(p.clusterId()))).toList();
        return fresh.withGroups(clusters, outside(present, clusters), placements);
    }

    /** The existing cluster holding most of {@code grouped} (ties: the first met), or null when it holds none. */
    private static UUID nearest(List<UUID> grouped, Map<UUID, UUID> assigned) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        grouped.stream().map(assigned::get).filter(c -> c != null).forEach(c -> counts.merge(c, 1, Integer::sum));
        UUID best = null;
        int most = 0;
        for (Map.Entry<UUID, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }

    private record Match(int fresh, ClusterView old, double similarity) {
    }

    private static ClusteringView keepLabels(ClusteringView previous, ClusteringView fresh, Supplier<UUID> newIds) {
        Set<UUID> present = ideasOf(fresh);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < fresh.clusters().size(); i++) {
            Set<UUID> now = new HashSet<>(fresh.clusters().get(i).ideaIds());
            for (ClusterView old : previous.clusters()) {
                double similarity = jaccard(now, old.ideaIds().stream().filter(present::contains).toList());
                if (similarity > PERSISTS) {
                    matches.add(new Match(i, old, similarity));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparingInt(Match::fresh));
        Map<Integer, ClusterView> matched = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        for (Match match : matches) {
            if (!matched.containsKey(match.fresh()) && taken.add(match.old().id())) {
                matched.put(match.fresh(), match.old());
            }
        }
        List<ClusterView> clusters = new ArrayList<>();
        for (int i = 0; i < fresh.clusters().size(); i++) {
            ClusterView cluster = fresh.clusters().get(i);
            ClusterView old = matched.get(i);
            if (old == null) {
                clusters.add(cluster.withId(newIds.get()));
            } else {
                ClusterView same = cluster.withId(old.id());
                clusters.add(old.manualLabel() ? same.withLabel(old.label(), ClusterView.MANUAL) : same);
            }
        }
        return fresh.withGroups(clusters, fresh.unclustered(), List.of());
    }

    private static double jaccard(Set<UUID> now, List<UUID> before) {
        if (now.isEmpty() || before.isEmpty()) {
            return 0;
        }
        long shared = before.stream().filter(now::contains).count();
        return (double) shared / (now.size() + before.size() - shared);
    }

    /** Every idea of a clustering: the clusters' in order, then the unclustered. */
    static Set<UUID> ideasOf(ClusteringView view) {
        Set<UUID> all = new LinkedHashSet<>();
        view.clusters().forEach(c -> all.addAll(c.ideaIds()));
        all.addAll(view.unclustered());
        return all;
    }

    private static List<UUID> outside(Set<UUID> present, List<ClusterView> clusters) {
        Set<UUID> inside = new HashSet<>();
        clusters.forEach(c -> inside.addAll(c.ideaIds()));
        return present.stream().filter(id -> !inside.contains(id)).toList();
    }

    /** The stored clustering with an id on every cluster: clusterings stored before clusters had ids get stable ones. */
    static ClusteringView withIds(ClusteringView stored) {
        if (stored.clusters().stream().allMatch(c -> c.id() != null)) {
            return stored;
        }
        List<ClusterView> clusters = new ArrayList<>();
        for (int i = 0; i < stored.clusters().size(); i++) {
            ClusterView c = stored.clusters().get(i);
            clusters.add(c.id() != null ? c : c.withId(UUID.nameUUIDFromBytes(
                    ("cluster:" + stored.sessionId() + ":" + stored.createdAt() + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        return stored.withGroups(clusters, stored.unclustered(), stored.manualPlacements() == null ? List.of() : stored.manualPlacements());
    }
}
