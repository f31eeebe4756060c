package io.pulse.messaging.brainstorm.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Class-based TF-IDF (as in BERTopic's c-TF-IDF) over the ideas' stemmed content words and adjacent content-word pairs:
 * a cluster is one document, and a term weighs (share of the cluster's ideas using it) x log(1 + ideas in the
 * session / ideas in the session using it). A term most of the cluster uses and few other ideas do weighs most; a word
 * every cluster uses ("users", "customers") weighs little wherever it appears.
 */
final class ClassTermWeights {

    private final List<IdeaWords> words;
    private final Map<String, Integer> ideasUsing = new HashMap<>();

    /** @param words the words of every idea of the session */
    ClassTermWeights(List<IdeaWords> words) {
        this.words = words;
        words.forEach(w -> terms(w).forEach(term -> ideasUsing.merge(term, 1, Integer::sum)));
    }

    /** The weight of every term a cluster's ideas use, and how many of its ideas use it. */
    record Weights(Map<String, Double> weight, Map<String, Integer> inside) {
    }

    /** The weights of the terms the cluster's ideas (positions in the session) use. */
    Weights of(List<Integer> members) {
        Map<String, Integer> inside = new HashMap<>();
        for (int member : members) {
            terms(words.get(member)).forEach(term -> inside.merge(term, 1, Integer::sum));
        }
        Map<String, Double> weights = new HashMap<>();
        int n = words.size();
        inside.forEach((term, count) -> weights.put(term,
                (double) count / members.size() * Math.log(1 + (double) n / ideasUsing.get(term))));
        return new Weights(weights, inside);
    }

    /** An idea's terms: its content stems and "stem stem" for two adjacent content words. */
    static Set<String> terms(IdeaWords idea) {
        Set<String> terms = new LinkedHashSet<>(idea.stems());
        String[] stems = idea.tokenStems();
        for (int t = 1; t < stems.length; t++) {
            if (stems[t - 1] != null && stems[t] != null) {
                terms.add(stems[t - 1] + " " + stems[t]);
            }
        }
        return terms;
    }
}
