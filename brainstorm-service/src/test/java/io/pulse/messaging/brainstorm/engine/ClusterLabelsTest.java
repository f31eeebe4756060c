package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Labels are phrases of two to four words from the cluster's own ideas that tell it from the others; a word every
 * cluster uses ("users") is never the label (it was: issue 13).
 */
class ClusterLabelsTest {

    private static final List<String> IDEAS = List.of(
            "Let users pause their subscription for a month",
            "Users can pause the subscription instead of cancelling",
            "Offer users a discount before they cancel",
            "A retention discount for users about to cancel",
            "Make the onboarding shorter for new users",
            "A shorter onboarding with three steps for users");

    private static String label(ClusterLabels labels, List<Integer> members, Set<Set<String>> used) {
        return labels.label(members, used);
    }

    @Test
    void eachClusterGetsADistinctPhraseOfItsOwnWords() {
        ClusterLabels labels = new ClusterLabels(IDEAS.stream().map(IdeaWords::of).toList());
        Set<Set<String>> used = new HashSet<>();
        String pause = label(labels, List.of(0, 1), used);
        String discount = label(labels, List.of(2, 3), used);
        String onboarding = label(labels, List.of(4, 5), used);
        assertEquals("pause the subscription", pause.equals("pause their subscription") ? "pause the subscription" : pause);
        assertTrue(discount.contains("discount"), discount);
        assertEquals("shorter onboarding", onboarding.equals("onboarding shorter") ? "shorter onboarding" : onboarding);
        for (String label : List.of(pause, discount, onboarding)) {
            int words = label.split(" ").length;
            assertTrue(words >= 2 && words <= 4, label);
            assertTrue(IDEAS.stream().anyMatch(idea -> idea.toLowerCase().contains(label)), label + " occurs in an idea");
            assertTrue(!label.equals("users"), label);
        }
    }

    @Test
    void twoClustersNeverShareALabel() {
        List<String> ideas = List.of("Solar panels on the roof", "Solar panels on the car park roof",
                "Solar panels on the roof of the garage", "Solar panels on the roof of the shed");
        ClusterLabels labels = new ClusterLabels(ideas.stream().map(IdeaWords::of).toList());
        Set<Set<String>> used = new HashSet<>();
        String first = label(labels, List.of(0, 1), used);
        String second = label(labels, List.of(2, 3), used);
        assertTrue(!first.equals(second), first + " / " + second);
    }
}
