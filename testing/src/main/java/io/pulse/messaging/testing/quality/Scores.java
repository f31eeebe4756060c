package io.pulse.messaging.testing.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/** The standard figures of the evaluations: accuracy, per-class recall and F1, macro-F1, adjusted Rand index. */
public final class Scores {

    private Scores() {
    }

    public static double accuracy(List<String> gold, List<String> predicted) {
        check(gold, predicted);
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** Of the items whose gold label is {@code label}, the share predicted as {@code label}. */
    public static double recall(List<String> gold, List<String> predicted, String label) {
        check(gold, predicted);
        int relevant = 0;
        int found = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(label)) {
                relevant++;
                found += predicted.get(i).equals(label) ? 1 : 0;
            }
        }
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    public static double f1(List<String> gold, List<String> predicted, String label) {
        check(gold, predicted);
        int truePositive = 0;
        int predictedPositive = 0;
        int relevant = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean isGold = gold.get(i).equals(label);
            boolean isPredicted = predicted.get(i).equals(label);
            relevant += isGold ? 1 : 0;
            predictedPositive += isPredicted ? 1 : 0;
            truePositive += isGold && isPredicted ? 1 : 0;
        }
        return relevant + predictedPositive == 0 ? 0 : 2.0 * truePositive / (relevant + predictedPositive);
    }

    /** The mean F1 over the gold labels (each class counts the same, whatever its size). */
    public static double macroF1(List<String> gold, List<String> predicted) {
        TreeSet<String> labels = new TreeSet<>(gold);
        return labels.stream().mapToDouble(label -> f1(gold, predicted, label)).average().orElse(0);
    }

    /**
     * The adjusted Rand index of two partitions of the same items (Hubert and Arabie, 1985): 1 for identical
     * partitions, about 0 for a random one. Items are labelled by any string; give each unclustered item a label
     * of its own if it counts as a singleton.
     */
    public static double adjustedRandIndex(List<String> truth, List<String> predicted) {
        check(truth, predicted);
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            table.computeIfAbsent(truth.get(i), k -> new HashMap<>()).merge(predicted.get(i), 1, Integer::sum);
            rows.merge(truth.get(i), 1, Integer::sum);
            columns.merge(predicted.get(i), 1, Integer::sum);
        }
        double index = table.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Scores::pairs).sum();
        double rowPairs = rows.values().stream().mapToDouble(Scores::pairs).sum();
        double columnPairs = columns.values().stream().mapToDouble(Scores::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(truth.size());
        double maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    /** Stratification-free k folds of {@code n} items in a seeded random order: fold i's test indices. */
    public static List<List<Integer>> folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            folds.get(i % k).add(order.get(i));
        }
        return folds;
    }

    private static double pairs(int count) {
        return count * (count - 1) / 2.0;
    }

    private static void check(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
    }
}
