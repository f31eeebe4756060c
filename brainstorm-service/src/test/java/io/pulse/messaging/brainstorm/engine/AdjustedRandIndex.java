package io.pulse.messaging.brainstorm.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adjusted Rand index (Hubert and Arabie) between two labelings of the same items: 1 identical, about 0 random. */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    public static double of(List<String> truth, List<String> predicted) {
        int n = truth.size();
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < n; i++) {
            table.computeIfAbsent(truth.get(i), k -> new HashMap<>()).merge(predicted.get(i), 1, Integer::sum);
            rows.merge(truth.get(i), 1, Integer::sum);
            cols.merge(predicted.get(i), 1, Integer::sum);
        }
        double index = 0;
        for (Map<String, Integer> row : table.values()) {
            for (int count : row.values()) {
                index += pairs(count);
            }
        }
        double a = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double b = cols.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = a * b / pairs(n);
        double max = (a + b) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(int k) {
        return k * (k - 1) / 2.0;
    }
}
