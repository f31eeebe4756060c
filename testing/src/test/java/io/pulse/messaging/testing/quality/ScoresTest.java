package io.pulse.messaging.testing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void adjustedRandIndexIsOneForTheSamePartitionUnderOtherNames() {
        assertEquals(1.0, Scores.adjustedRandIndex(List.of("a", "a", "b", "b", "c"), List.of("x", "x", "y", "y", "z")), 1e-9);
    }

    @Test
    void adjustedRandIndexMatchesAHandComputedValue() {
        // Contingency [[2,1],[0,2]]: index 2, row pairs 3+1, column pairs 1+3, 10 pairs: (2 - 1.6) / (4 - 1.6) = 1/6.
        double ari = Scores.adjustedRandIndex(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "y"));
        assertEquals(1.0 / 6, ari, 1e-9);
    }

    @Test
    void macroF1WeighsEveryGoldClassTheSame() {
        List<String> gold = List.of("neg", "pos", "pos", "pos", "neu");
        List<String> predicted = List.of("pos", "pos", "pos", "pos", "neu");
        // neg F1 0, pos F1 2*3/(3+4) = 6/7, neu F1 1.
        assertEquals((0 + 6.0 / 7 + 1) / 3, Scores.macroF1(gold, predicted), 1e-9);
        assertEquals(0.8, Scores.accuracy(gold, predicted), 1e-9);
        assertEquals(0.0, Scores.recall(gold, predicted, "neg"), 1e-9);
    }

    @Test
    void foldsCoverEveryItemOnce() {
        List<List<Integer>> folds = Scores.folds(11, 5, 7);
        assertEquals(11, folds.stream().mapToInt(List::size).sum());
        assertEquals(11, folds.stream().flatMap(List::stream).distinct().count());
    }

    @Test
    void aReportListsTheTargetsItMisses() {
        QualityReport report = new QualityReport("t", "T", "a set")
                .figure("macro-F1", "engine", 0.70, Target.atLeast(0.68))
                .figure("no topic", "engine", 0.12, Target.atMost(0.10))
                .baseline("macro-F1", "majority class", 0.2);
        assertEquals(List.of("no topic of engine is 0.120, target <= 0.10"), report.unmet());
        assertTrue(report.markdown().contains("| macro-F1 | majority class | 0.200 |  |  |"));
    }
}
