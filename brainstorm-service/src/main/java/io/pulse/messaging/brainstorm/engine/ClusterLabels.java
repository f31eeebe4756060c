package io.pulse.messaging.brainstorm.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Labels clusters with the word or two-word phrase most typical of the cluster and least of the others, not already
 * used for another cluster. Each candidate (a content word, or two adjacent content words used by at least two of the
 * cluster's ideas) scores the mean over its stems of share-inside x (share-inside - share-outside); it is shown in the
 * wording the cluster's ideas use most. The ideas outside a cluster using a stem are the session's count less the
 * cluster's own, so they are not read again for each cluster.
 */
final class ClusterLabels {

    /** A phrase the ideas share says more than its best word alone. */
    private static final double PHRASE_BONUS = 1.1;

    private final List<IdeaWords> words;
    private final Map<String, Integer> ideasWithStem = new HashMap<>();

    /** @param words the words of every idea of the session */
    ClusterLabels(List<IdeaWords> words) {
        this.words = words;
        words.forEach(w -> w.stems().forEach(stem -> ideasWithStem.merge(stem, 1, Integer::sum)));
    }

    /** Candidates keyed by their stems ("solar panel"), with each surface wording's count and how many ideas use them. */
    private record Candidates(Map<String, Map<String, Integer>> wordings, Map<String, Integer> ideasUsing,
            Map<String, Integer> stemInside) {
    }

    /** The label of the cluster of these ideas (positions in the session), which is then added to {@code usedLabels}. */
    String label(List<Integer> members, Set<Set<String>> usedLabels) {
        Candidates candidates = candidates(members);
        String bestKey = best(candidates, members.size(), usedLabels);
        String label;
        if (bestKey == null) {
            List<String> first = words.get(members.get(0)).tokens();
            label = String.join(" ", first.subList(0, Math.min(4, first.size())));
        } else {
            Map<String, Integer> forms = candidates.wordings().get(bestKey);
            label = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
        usedLabels.add(new TreeSet<>(TextAnalysis.contentStems(label)));
        return label;
    }

    private Candidates candidates(List<Integer> members) {
        Candidates found = new Candidates(new TreeMap<>(), new HashMap<>(), new HashMap<>());
        for (int member : members) {
            IdeaWords idea = words.get(member);
            idea.stems().forEach(stem -> found.stemInside().merge(stem, 1, Integer::sum));
            Set<String> seen = new HashSet<>();
            String previous = null;
            String previousStem = null;
            for (int t = 0; t < idea.tokens().size(); t++) {
                String token = idea.tokens().get(t);
                String stem = idea.tokenStems()[t];
                if (stem == null) {
                    previous = null;
                    continue;
                }
                add(found, token, stem, seen);
                if (previous != null) {
                    add(found, previous + " " + token, previousStem + " " + stem, seen);
                }
                previous = token;
                previousStem = stem;
            }
        }
        return found;
    }

    private static void add(Candidates candidates, String form, String key, Set<String> seen) {
        candidates.wordings().computeIfAbsent(key, k -> new TreeMap<>()).merge(form, 1, Integer::sum);
        if (seen.add(key)) {
            candidates.ideasUsing().merge(key, 1, Integer::sum);
        }
    }

    /** The best-scoring candidate's key not used for another cluster; null when there is none. */
    private String best(Candidates candidates, int size, Set<Set<String>> usedLabels) {
        int elsewhere = words.size() - size;
        String bestKey = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String key : candidates.wordings().keySet()) {
            List<String> stems = List.of(key.split(" "));
            Set<String> stemSet = new TreeSet<>(stems);
            if (usedLabels.contains(stemSet) || (stems.size() > 1 && candidates.ideasUsing().get(key) < 2)
                    || stemSet.size() < stems.size()) {
                continue;
            }
            double score = 0;
            for (String stem : stems) {
                int inside = candidates.stemInside().getOrDefault(stem, 0);
                double insideShare = (double) inside / size;
                double outsideShare = elsewhere == 0 ? 0 : (double) (ideasWithStem.getOrDefault(stem, 0) - inside) / elsewhere;
                score += insideShare * (insideShare - outsideShare);
            }
            score /= stems.size();
            if (stems.size() > 1) {
                score *= PHRASE_BONUS;
            }
            if (score > bestScore) {
                bestScore = score;
                bestKey = key;
            }
        }
        return bestKey;
    }
}
