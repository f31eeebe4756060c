package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer.IdeaInput;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer.MergeProposal;

/**
 * Finds ideas that say the same thing: pairs at least {@code threshold} alike, or with the same content words, joined
 * into groups; each group is proposed for merging into its most detailed wording, crediting every contributor.
 */
final class DuplicateFinder {

    private final double threshold;

    DuplicateFinder(double threshold) {
        this.threshold = threshold;
    }

    /** The merge proposals of the ideas (in the order of {@code sim}), ordered by their first idea. */
    List<MergeProposal> proposals(List<IdeaInput> ideas, List<IdeaWords> words, float[][] sim) {
        int[] group = groups(words, sim);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < ideas.size(); i++) {
            members.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        List<MergeProposal> proposals = new ArrayList<>();
        for (List<Integer> duplicates : members.values()) {
            if (duplicates.size() >= 2) {
                proposals.add(proposal(duplicates, ideas, sim));
            }
        }
        proposals.sort(Comparator.comparing(proposal -> proposal.ideaIds().get(0)));
        return proposals;
    }

    /** A union-find forest joining the ideas with the same content words and the pairs at least {@code threshold} alike. */
    private int[] groups(List<IdeaWords> words, float[][] sim) {
        int n = sim.length;
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        // Ideas with the same content words are duplicates whatever their similarity: found by hashing, not pairwise.
        Map<Set<String>, Integer> firstWithStems = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> stems = words.get(i).stems();
            if (!stems.isEmpty()) {
                Integer first = firstWithStems.putIfAbsent(stems, i);
                if (first != null) {
                    union(group, first, i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            float[] row = sim[i];
            for (int j = i + 1; j < n; j++) {
                if (row[j] >= threshold) {
                    union(group, i, j);
                }
            }
        }
        return group;
    }

    private static MergeProposal proposal(List<Integer> members, List<IdeaInput> ideas, float[][] sim) {
        // Keep the most detailed wording; ties go to the earliest idea.
        int keep = members.stream().max(Comparator.<Integer>comparingInt(i -> ideas.get(i).text().length())
                .thenComparing(i -> -i)).orElseThrow();
        double min = 1;
        for (int x : members) {
            for (int y : members) {
                if (x < y) {
                    min = Math.min(min, sim[x][y]);
                }
            }
        }
        Set<UUID> contributors = new LinkedHashSet<>();
        members.stream().map(i -> ideas.get(i).contributor()).filter(java.util.Objects::nonNull).forEach(contributors::add);
        return new MergeProposal(ideas.get(keep).id(), members.stream().map(i -> ideas.get(i).id()).toList(),
                List.copyOf(new TreeSet<>(contributors)), IdeaClusterer.round(min));
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int a, int b) {
        int ra = find(group, a);
        int rb = find(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
