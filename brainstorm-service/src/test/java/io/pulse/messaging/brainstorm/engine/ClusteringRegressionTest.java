package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pulse.messaging.testing.quality.Scores;

/**
 * Agreement between the clusterer and human groupings of hand-labelled idea sets, as the adjusted Rand index.
 * The floors are a little under the values measured when they were set (the service README's "Quality and speed"),
 * so a change that makes clustering worse fails here.
 */
@Tag("embedding-model")
class ClusteringRegressionTest {

    @ParameterizedTest
    @CsvSource({
            "messaging-app.tsv, 0.48",
            "office-energy.tsv, 0.34",
            "city-traffic.tsv, 0.34"})
    void clustersAgreeWithHumanGroupings(String file, double floor) {
        LabelledIdeas set = LabelledIdeas.load(file);
        List<UUID> ids = set.ids();
        List<IdeaClusterer.IdeaInput> ideas = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ideas.add(new IdeaClusterer.IdeaInput(ids.get(i), set.texts().get(i), new UUID(0, i % 5)));
        }
        IdeaClusterer.Result result = new IdeaClusterer(SharedModel.MINI_LM).cluster(ideas);
        Map<UUID, String> predicted = new HashMap<>();
        for (int c = 0; c < result.clusters().size(); c++) {
            for (UUID id : result.clusters().get(c).ideaIds()) {
                predicted.put(id, "c" + c);
            }
        }
        result.unclustered().forEach(id -> predicted.put(id, "u:" + id)); // each unclustered idea on its own
        double ari = Scores.adjustedRandIndex(set.themes(), ids.stream().map(predicted::get).toList());
        System.out.printf("ARI %s = %.3f (%d clusters, %d unclustered, %d ideas)%n", file, ari,
                result.clusters().size(), result.unclustered().size(), ids.size());
        result.clusters().forEach(c -> System.out.printf("  %-28s %3d  conf %.2f%n", c.label(), c.ideaIds().size(), c.confidence()));
        assertTrue(ari >= floor, "adjusted Rand index " + ari + " below " + floor);
    }
}
