package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer.Cluster;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.IdeaInput;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.Result;

/**
 * Issue 13's examples: six ideas on three obvious themes give three clusters, each labelled with a phrase of two to
 * four words of its own ideas that no other label shares (it gave one cluster labelled "users" and two unclustered);
 * and the number of clusters grows with the themes, with no cap (500 ideas of 50 themes gave 10 clusters).
 */
@Tag("embedding-model")
class ClusterCountAndLabelsTest {

    private final IdeaClusterer clusterer = new IdeaClusterer(SharedModel.MINI_LM);

    private static IdeaInput idea(int n, String text) {
        return new IdeaInput(new UUID(2, n), text, new UUID(0, n % 3));
    }

    @Test
    void threeObviousThemesGiveThreeClustersWithTellingLabels() {
        Result result = clusterer.cluster(List.of(
                idea(1, "Let users pause their subscription for a few months instead of cancelling"),
                idea(2, "Offer a subscription pause option on the cancellation page"),
                idea(3, "Give a discount to users who are about to leave"),
                idea(4, "Offer leaving users a discount on their next three months"),
                idea(5, "Make the onboarding shorter with fewer steps"),
                idea(6, "A shorter onboarding flow that skips the optional steps")));
        Set<Set<UUID>> groups = new HashSet<>();
        result.clusters().forEach(c -> groups.add(Set.copyOf(c.ideaIds())));
        assertEquals(Set.of(Set.of(new UUID(2, 1), new UUID(2, 2)), Set.of(new UUID(2, 3), new UUID(2, 4)),
                Set.of(new UUID(2, 5), new UUID(2, 6))), groups, result.toString());
        assertEquals(List.of(), result.unclustered());
        List<String> labels = result.clusters().stream().map(Cluster::label).toList();
        assertTelling(result.clusters().get(labelOf(result, new UUID(2, 1))).label(), "pause", "subscription");
        assertTelling(result.clusters().get(labelOf(result, new UUID(2, 3))).label(), "discount", "leaving");
        assertTelling(result.clusters().get(labelOf(result, new UUID(2, 5))).label(), "onboarding");
        assertEquals(3, new HashSet<>(labels).size(), labels.toString());
    }

    private static int labelOf(Result result, UUID member) {
        for (int c = 0; c < result.clusters().size(); c++) {
            if (result.clusters().get(c).ideaIds().contains(member)) {
                return c;
            }
        }
        throw new AssertionError(member + " in no cluster: " + result);
    }

    private static void assertTelling(String label, String... anyOf) {
        int words = label.split(" ").length;
        assertTrue(words >= 2 && words <= 4, "a label of two to four words: " + label);
        assertTrue(List.of(anyOf).stream().anyMatch(label::contains), label + " should name one of " + List.of(anyOf));
    }

    @Test
    void moreThemesGiveMoreClustersWhichKeepToTheirSession() {
        List<IdeaInput> messaging = ideas("messaging-app.tsv", 0);
        List<IdeaInput> both = new ArrayList<>(messaging);
        List<IdeaInput> energy = ideas("office-energy.tsv", 1);
        both.addAll(energy);
        Result alone = clusterer.cluster(messaging);
        Result together = clusterer.cluster(both);
        assertTrue(together.clusters().size() > alone.clusters().size() + 5,
                alone.clusters().size() + " clusters for one session's themes, " + together.clusters().size() + " for two sessions'");
        Set<UUID> energyIds = new HashSet<>(energy.stream().map(IdeaInput::id).toList());
        Set<String> labels = new HashSet<>();
        long clustered = 0;
        long withTheirSession = 0;
        for (Cluster cluster : together.clusters()) {
            long fromEnergy = cluster.ideaIds().stream().filter(energyIds::contains).count();
            clustered += cluster.ideaIds().size();
            withTheirSession += Math.max(fromEnergy, cluster.ideaIds().size() - fromEnergy);
            int words = cluster.label().split(" ").length;
            assertTrue(words >= 2 && words <= 4, "two to four words: " + cluster.label());
            assertTrue(labels.add(cluster.label()), "labels differ: " + cluster.label());
        }
        assertTrue(withTheirSession >= 0.9 * clustered, withTheirSession + " of " + clustered + " clustered ideas with their session's");
    }

    private static List<IdeaInput> ideas(String file, int session) {
        LabelledIdeas set = LabelledIdeas.load(file);
        List<IdeaInput> ideas = new ArrayList<>();
        List<UUID> ids = set.ids();
        for (int i = 0; i < ids.size(); i++) {
            ideas.add(new IdeaInput(ids.get(i), set.texts().get(i), new UUID(session, i % 4)));
        }
        return ideas;
    }
}
