package io.pulse.messaging.brainstorm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.ClusteringView.Placement;

/** A re-clustering reconciled with the stored clustering: locked keeps everything, unlocked keeps written labels. */
class ClusterReconciliationTest {

    private final UUID session = UUID.randomUUID();
    private final List<UUID> idea = new ArrayList<>();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    ClusterReconciliationTest() {
        for (int i = 0; i < 10; i++) {
            idea.add(new UUID(0, i));
        }
    }

    private ClusteringView engine(List<ClusterView> clusters, List<UUID> unclustered) {
        return new ClusteringView(session, "local", null, "h", 10, clusters, unclustered, List.of(), OffsetDateTime.now());
    }

    private static ClusterView cluster(UUID id, String label, String engine, UUID... ideas) {
        return new ClusterView(id, label, engine, List.of(ideas), 0.5, 0.5);
    }

    private static java.util.function.Supplier<UUID> ids() {
        Iterator<UUID> fresh = List.of(new UUID(1, 1), new UUID(1, 2), new UUID(1, 3)).iterator();
        return fresh::next;
    }

    @Test
    void lockedKeepsClustersLabelsAndPlacementsAndPlacesOnlyNewIdeas() {
        ClusteringView stored = engine(List.of(cluster(a, "Snacks", "manual", idea.get(0), idea.get(1), idea.get(2)),
                cluster(b, "Solar", "local", idea.get(3))), List.of(idea.get(4), idea.get(5)))
                .withGroups(List.of(cluster(a, "Snacks", "manual", idea.get(0), idea.get(1), idea.get(2)), cluster(b, "Solar", "local", idea.get(3))),
                        List.of(idea.get(4), idea.get(5)), List.of(new Placement(idea.get(2), a), new Placement(idea.get(4), null)))
                .withState(true, 7);
        // The engine now: 0,1,6 together (6 new), 2,3,4 together, 5 and 7 (new) together, 8 (new) alone.
        ClusteringView fresh = engine(List.of(cluster(null, "fruit", "local", idea.get(0), idea.get(1), idea.get(6)),
                cluster(null, "energy", "local", idea.get(2), idea.get(3), idea.get(4)),
                cluster(null, "bikes", "local", idea.get(5), idea.get(7))), List.of(idea.get(8)));

        ClusteringView out = ClusterReconciliation.reconcile(stored, fresh, ids());

        assertEquals(true, out.locked());
        assertEquals(List.of(a, b, new UUID(1, 1)), out.clusters().stream().map(ClusterView::id).toList());
        assertEquals(List.of(idea.get(0), idea.get(1), idea.get(2), idea.get(6)), out.clusters().get(0).ideaIds(), "6 to its nearest");
        assertEquals("Snacks", out.clusters().get(0).label());
        assertEquals(List.of(idea.get(3)), out.clusters().get(1).ideaIds(), "4 was moved out by hand: it stays out");
        assertEquals(List.of(idea.get(5), idea.get(7)), out.clusters().get(2).ideaIds(), "unassigned 5 and new 7: a new cluster");
        assertEquals("bikes", out.clusters().get(2).label());
        assertEquals(List.of(idea.get(4), idea.get(8)), out.unclustered());
        assertEquals(stored.manualPlacements(), out.manualPlacements());
    }

    @Test
    void unlockedKeepsAWrittenLabelWhereTheClusterPersistsOnly() {
        ClusteringView stored = engine(List.of(cluster(a, "Snacks", "manual", idea.get(0), idea.get(1), idea.get(2)),
                cluster(b, "Energy", "manual", idea.get(3), idea.get(4), idea.get(5), idea.get(6))), List.of())
                .withState(false, 3);
        ClusteringView fresh = engine(List.of(cluster(null, "fruit", "local", idea.get(0), idea.get(1), idea.get(2), idea.get(7)),
                cluster(null, "panels", "local", idea.get(3), idea.get(8)), cluster(null, "turbines", "local", idea.get(4), idea.get(5))),
                List.of(idea.get(6)));

        ClusteringView out = ClusterReconciliation.reconcile(stored, fresh, ids());

        assertEquals(a, out.clusters().get(0).id(), "3 of 4 ideas shared: the same cluster");
        assertEquals("Snacks", out.clusters().get(0).label());
        assertEquals("manual", out.clusters().get(0).labelEngine());
        assertNotEquals(b, out.clusters().get(1).id(), "a cluster split in two is neither half (Jaccard 1/5 and 2/4: not above 0.5)");
        assertEquals("panels", out.clusters().get(1).label());
        assertEquals("turbines", out.clusters().get(2).label());
        assertEquals(List.of(), out.manualPlacements());
        assertEquals(3, out.version(), "the store sets the next version");
    }
}
