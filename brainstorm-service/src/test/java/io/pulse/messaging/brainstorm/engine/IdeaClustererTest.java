package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer.IdeaInput;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.MergeProposal;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.Result;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;

@Tag("embedding-model")
class IdeaClustererTest {

    private final IdeaClusterer clusterer = new IdeaClusterer(SharedModel.MINI_LM);
    private final UUID ann = new UUID(0, 1);
    private final UUID ben = new UUID(0, 2);
    private final UUID cat = new UUID(0, 3);

    private static IdeaInput idea(int n, String text, UUID who) {
        return new IdeaInput(new UUID(1, n), text, who);
    }

    private List<IdeaInput> sample() {
        return List.of(
                idea(1, "Solar panels on the office roof", ann),
                idea(2, "Buy electricity from a wind farm", ben),
                idea(3, "Install photovoltaic panels on top of the building", cat),
                idea(4, "Free fruit in the kitchen every Monday", ann),
                idea(5, "Healthy snacks and fresh fruit for the staff", ben),
                idea(6, "Offer free fruit in the kitchen each Monday", cat),
                idea(7, "Rename the quarterly report to something shorter", ann));
    }

    @Test
    void groupsIdeasByMeaningAndKeepsTheOddOneUnclustered() {
        Result result = clusterer.cluster(sample());
        Set<Set<UUID>> groups = new HashSet<>();
        result.clusters().forEach(cluster -> groups.add(Set.copyOf(cluster.ideaIds())));
        assertTrue(groups.contains(Set.of(new UUID(1, 4), new UUID(1, 5), new UUID(1, 6))), result.toString());
        assertTrue(result.unclustered().contains(new UUID(1, 7)), result.toString());
        for (IdeaClusterer.Cluster cluster : result.clusters()) {
            assertTrue(cluster.confidence() >= 0 && cluster.confidence() <= 1);
            assertTrue(cluster.cohesion() > MeaningGroups.SMALL_FLOOR - 0.01);
            assertTrue(!cluster.label().isBlank());
        }
        // Labels come from the cluster's ideas.
        assertTrue(result.clusters().stream().anyMatch(c -> c.label().contains("fruit") || c.label().contains("kitchen")), result.toString());
        // Every idea is in exactly one place.
        int placed = result.unclustered().size() + result.clusters().stream().mapToInt(c -> c.ideaIds().size()).sum();
        assertEquals(7, placed);
    }

    @Test
    void proposesNearDuplicatesForMergingWithEveryContributor() {
        Result result = clusterer.cluster(sample());
        assertEquals(1, result.mergeProposals().size(), result.mergeProposals().toString());
        MergeProposal merge = result.mergeProposals().get(0);
        assertEquals(Set.of(new UUID(1, 4), new UUID(1, 6)), Set.copyOf(merge.ideaIds()));
        assertEquals(List.of(ann, cat), merge.contributors());
        assertEquals(new UUID(1, 6), merge.keepId(), "the longer wording is kept");
        assertTrue(merge.similarity() >= IdeaClusterer.DEFAULT_DUPLICATE_THRESHOLD);
    }

    @Test
    void theSameIdeaSetGivesTheSameClustersInAnyOrder() {
        List<IdeaInput> ideas = new ArrayList<>(sample());
        Result first = clusterer.cluster(ideas);
        Collections.shuffle(ideas, new Random(7));
        assertEquals(first, clusterer.cluster(ideas));
    }

    @Test
    void aLargeSessionIsClusteredOnTopicCentredVectorsKeepingTheOffTopicIdeaApartDeterministically() {
        LabelledIdeas set = LabelledIdeas.load("city-traffic.tsv");
        List<UUID> ids = set.ids();
        List<IdeaInput> ideas = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ideas.add(new IdeaInput(ids.get(i), set.texts().get(i), i % 2 == 0 ? ann : ben));
        }
        UUID report = new UUID(9, 1);
        UUID pet = new UUID(9, 2);
        ideas.add(new IdeaInput(report, "Rename the quarterly report to something shorter", cat));
        ideas.add(new IdeaInput(pet, "Adopt a cat for the office", cat));
        assertTrue(ideas.size() >= MeaningGroups.CENTRE_FROM);
        Result first = clusterer.cluster(ideas);
        assertTrue(first.unclustered().containsAll(List.of(report, pet)), first.unclustered().toString());
        assertTrue(first.clusters().size() >= 4, "a theme each, about: " + first.clusters().size());
        int placed = first.unclustered().size() + first.clusters().stream().mapToInt(c -> c.ideaIds().size()).sum();
        assertEquals(ideas.size(), placed, "every idea is in exactly one place");
        Collections.shuffle(ideas, new Random(3));
        assertEquals(first, clusterer.cluster(ideas), "the same ideas in another order give the same clusters");
    }

    @Test
    void nothingAlikeMeansEverythingUnclustered() {
        Result result = clusterer.cluster(List.of(
                idea(1, "Bake sourdough bread on Fridays", ann),
                idea(2, "Quarterly tax filing deadline reminder", ben),
                idea(3, "Migrate the database to a new data centre", cat)));
        assertEquals(List.of(), result.clusters());
        assertEquals(3, result.unclustered().size());
        assertEquals(List.of(), clusterer.cluster(List.of()).clusters());
    }

    @Test
    void unchangedIdeasAreNotEmbeddedAgain() {
        MiniLmEmbedder model = new MiniLmEmbedder(); // the vector cache the service uses, empty
        IdeaClusterer cached = new IdeaClusterer(model);
        List<IdeaInput> ideas = new ArrayList<>(sample());
        cached.cluster(ideas);
        assertEquals(7, embedded(model));
        ideas.add(idea(8, "Wind turbine next to the car park", ben));
        cached.cluster(ideas);
        assertEquals(8, embedded(model), "only the new idea is embedded");
    }

    /** The texts the model embedded: its cache's misses. */
    private static long embedded(MiniLmEmbedder model) {
        return model.cacheStatistics()[1];
    }
}
