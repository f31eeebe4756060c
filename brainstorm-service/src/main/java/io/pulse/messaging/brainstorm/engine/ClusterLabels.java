package io.pulse.messaging.brainstorm.engine;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Labels a cluster with a phrase of two to four words that occurs in its ideas and tells it from the other clusters.
 * Candidates are the runs of two to four words of the cluster's ideas that begin and end with a content word (at most
 * one small word inside, an article, preposition, possessive or "and": "pause the subscription"). Each scores (the share of the cluster's ideas that use all its
 * content words) x (the class-based TF-IDF weights of its content words, plus those of its adjacent pairs two of the
 * cluster's ideas use as pairs, over its content words; {@link ClassTermWeights}): a phrase of distinguishing words many of the cluster's ideas share wins,
 * and a word that distinguishes less than the others makes a phrase longer only to make it worse. A label whose
 * content words are those of another cluster's label is skipped. It is shown in the wording the ideas use most.
 */
final class ClusterLabels {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;
    /** Linking words the stop list lets through: a phrase neither begins nor ends with one. */
    private static final Set<String> LINKING = Set.of("along", "across", "around", "inside", "outside", "onto", "toward",
            "towards", "among", "behind", "beyond", "near", "upon", "straight", "instead", "already", "always", "never",
            "i'm", "nobody", "everybody", "everyone", "somebody", "anybody");
    /** The small words a phrase may hold inside ("pause the subscription", "windows and doors"). */
    private static final Set<String> INNER = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "with", "at", "by",
            "from", "their", "our", "my", "your", "its", "and");

    private final List<IdeaWords> words;
    private final ClassTermWeights weights;

    /** @param words the words of every idea of the session */
    ClusterLabels(List<IdeaWords> words) {
        this.words = words;
        this.weights = new ClassTermWeights(words);
    }

    /** A candidate phrase: its content stems in order, and how often each wording of it occurs. */
    private record Candidate(List<String> stems, Map<String, Integer> wordings) {
    }

    /** The label of the cluster of these ideas (positions in the session), which is then added to {@code usedLabels}. */
    String label(List<Integer> members, Set<Set<String>> usedLabels) {
        ClassTermWeights.Weights weight = weights.of(members);
        Map<String, Candidate> candidates = candidates(members);
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
            Candidate candidate = entry.getValue();
            if (usedLabels.contains(new TreeSet<>(candidate.stems()))) {
                continue;
            }
            double score = support(candidate.stems(), members) * termWeight(candidate.stems(), weight);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        String label = best == null ? fallback(members) : wording(best);
        usedLabels.add(new TreeSet<>(TextAnalysis.contentStems(label)));
        return label;
    }

    /** Every run of two to four words of the members' ideas that begins and ends with a content word, by its stems. */
    private Map<String, Candidate> candidates(List<Integer> members) {
        Map<String, Candidate> found = new TreeMap<>();
        for (int member : members) {
            IdeaWords idea = words.get(member);
            String[] stems = idea.tokenStems();
            for (int start = 0; start < stems.length; start++) {
                if (!canBound(idea, start, false)) {
                    continue;
                }
                int small = 0;
                for (int end = start + 1; end < Math.min(stems.length, start + MAX_WORDS); end++) {
                    if (!canBound(idea, end, true)) {
                        if (stems[end] == null && (++small > 1 || !INNER.contains(idea.tokens().get(end)))) {
                            break;
                        }
                        continue;
                    }
                    add(found, idea, start, end);
                }
            }
        }
        return found;
    }

    /** A phrase begins and ends with a content word, not a linking one, and does not end on a participle ("-ed"). */
    private static boolean canBound(IdeaWords idea, int at, boolean last) {
        String token = idea.tokens().get(at);
        return idea.tokenStems()[at] != null && !LINKING.contains(token) && !(last && token.endsWith("ed"));
    }

    private static void add(Map<String, Candidate> found, IdeaWords idea, int start, int end) {
        List<String> tokens = idea.tokens().subList(start, end + 1);
        List<String> content = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int t = start; t <= end; t++) {
            String stem = idea.tokenStems()[t];
            key.append(stem == null ? idea.tokens().get(t) : stem).append(' ');
            if (stem != null) {
                content.add(stem);
            }
        }
        if (new LinkedHashSet<>(content).size() < content.size() || tokens.size() < MIN_WORDS) {
            return; // a word repeated ("plan the plan") is no label
        }
        found.computeIfAbsent(key.toString().strip(), k -> new Candidate(List.copyOf(content), new TreeMap<>()))
                .wordings().merge(String.join(" ", tokens), 1, Integer::sum);
    }

    /** The share of the members whose ideas use every one of the stems. */
    private double support(List<String> stems, List<Integer> members) {
        int using = 0;
        for (int member : members) {
            if (words.get(member).stems().containsAll(stems)) {
                using++;
            }
        }
        return (double) using / members.size();
    }

    /**
     * The weights of the stems, plus those of their adjacent pairs that at least two of the cluster's ideas use as a
     * pair, over the number of stems.
     */
    private static double termWeight(List<String> stems, ClassTermWeights.Weights weights) {
        double sum = 0;
        for (int s = 0; s < stems.size(); s++) {
            sum += weights.weight().getOrDefault(stems.get(s), 0.0);
            String pair = s == 0 ? null : stems.get(s - 1) + " " + stems.get(s);
            if (pair != null && weights.inside().getOrDefault(pair, 0) >= 2) {
                sum += weights.weight().get(pair);
            }
        }
        return sum / stems.size();
    }

    private static String wording(Candidate candidate) {
        return candidate.wordings().entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** Ideas of one word each: the first words of the first idea that has words (never an empty label). */
    private String fallback(List<Integer> members) {
        for (int member : members) {
            List<String> tokens = words.get(member).tokens();
            if (!tokens.isEmpty()) {
                return String.join(" ", tokens.subList(0, Math.min(MAX_WORDS, tokens.size())));
            }
        }
        return "ideas without words";
    }
}
