package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the earliest item whose terms are at least {@code threshold} similar (Jaccard) to new terms, without comparing
 * against every item: each item is indexed by the prefix of its terms in a fixed order (rarest in the thread first),
 * and two sets that similar always share a term of their prefixes (prefix filtering).
 *
 * @param <T> the item
 */
final class Restatements<T> {

    private final double threshold;
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Comparator<String> order;
    private final List<T> items = new ArrayList<>();
    private final List<Set<String>> termsOf = new ArrayList<>();
    private final Map<String, List<Integer>> byPrefixTerm = new HashMap<>();

    Restatements(ParsedThread thread, double threshold) {
        this.threshold = threshold;
        for (Sentence u : thread.sentences) {
            for (String t : u.termSet()) {
                frequency.merge(t, 1, Integer::sum);
            }
        }
        order = Comparator.comparingInt((String t) -> frequency.getOrDefault(t, 0)).thenComparing(Comparator.naturalOrder());
    }

    void add(Set<String> terms, T item) {
        int position = items.size();
        items.add(item);
        termsOf.add(terms);
        for (String t : prefix(terms)) {
            byPrefixTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(position);
        }
    }

    /** The earliest item at least {@code threshold} similar to {@code terms} that {@code accept}s, or null. */
    T same(Set<String> terms, Predicate<T> accept) {
        if (terms.isEmpty()) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        for (String t : prefix(terms)) {
            for (int position : byPrefixTerm.getOrDefault(t, List.of())) {
                if (position >= best) {
                    break;
                }
                if (jaccard(termsOf.get(position), terms) >= threshold && accept.test(items.get(position))) {
                    best = position;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : items.get(best);
    }

    /** The first {@code |terms| - ceil(threshold * |terms|) + 1} terms in the fixed order (a little more is still exact). */
    private List<String> prefix(Set<String> terms) {
        int overlap = (int) Math.ceil(threshold * terms.size() - 1e-9);
        int length = Math.min(terms.size(), terms.size() - overlap + 1);
        return terms.stream().sorted(order).limit(length).toList();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
