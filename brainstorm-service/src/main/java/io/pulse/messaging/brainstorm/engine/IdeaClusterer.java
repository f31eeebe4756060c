package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.common.embedding.TextEmbedder;

/**
 * Groups ideas by meaning: which ideas go together and how many groups there are is decided by {@link MeaningGroups}
 * (from 20 ideas, Markov clustering of a mutual nearest-neighbour graph over topic-centred vectors; below, an
 * average-linkage tree cut where the silhouette is best); ideas that fit no group go to the explicit unclustered
 * bucket. Each cluster gets a label of two to four words from its ideas that tells it from the others
 * ({@link ClusterLabels}), a confidence (silhouette, {@link ClusterQuality}) and its cohesion; groups of nearly identical
 * ideas are proposed for merging, keeping every contributor ({@link DuplicateFinder}). Cohesion, confidence and
 * duplicate detection use raw cosine similarity, so they read the same at any session size.
 *
 * <p>Bounds: the caller caps the ideas per clustering ({@code pulse.brainstorm.clustering.max-ideas}, 2,000 by
 * default). A clustering of n ideas holds at most two n x n float matrices at once (the raw similarities, and the
 * topic-centred ones or the small tree's working copy) besides O(n) lists of at most 50 entries per idea: 32 MB at
 * 2,000 ideas, 2 MB at 500.
 *
 * <p>Deterministic: ideas are processed in id order and ties are broken by position, so the same idea set gives
 * the same clusters.
 */
public final class IdeaClusterer {

    /** Similarity from which two ideas are proposed as duplicates. */
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.88;

    private final TextEmbedder embedder;
    private final double duplicateThreshold;

    public IdeaClusterer(TextEmbedder embedder) {
        this(embedder, DEFAULT_DUPLICATE_THRESHOLD);
    }

    public IdeaClusterer(TextEmbedder embedder, double duplicateThreshold) {
        this.embedder = embedder;
        this.duplicateThreshold = duplicateThreshold;
    }

    /** An idea to cluster: its id, text and the user who contributed it. */
    public record IdeaInput(UUID id, String text, UUID contributor) {
    }

    public record Cluster(String label, List<UUID> ideaIds, double confidence, double cohesion) {
    }

    /** Ideas that say the same thing: merge them into {@code keepId}, crediting every contributor. */
    public record MergeProposal(UUID keepId, List<UUID> ideaIds, List<UUID> contributors, double similarity) {
    }

    public record Result(List<Cluster> clusters, List<UUID> unclustered, List<MergeProposal> mergeProposals) {
    }

    public Result cluster(List<IdeaInput> input) {
        List<IdeaInput> ideas = new ArrayList<>(input);
        ideas.sort(Comparator.comparing(IdeaInput::id));
        if (ideas.isEmpty()) {
            return new Result(List.of(), List.of(), List.of());
        }
        List<float[]> vectors = embedder.embedAll(ideas.stream().map(idea -> normaliseText(idea.text())).toList());
        // Every step below reads pairwise similarities from this matrix (each pair's dot product computed once here)
        // instead of taking dot products of vectors or centroids again.
        float[][] sim = Vectors.similarities(vectors);
        // The words of every idea, once: grouping, labels and duplicate detection read them.
        List<IdeaWords> words = ideas.stream().map(idea -> IdeaWords.of(idea.text())).toList();
        int[] assignment = MeaningGroups.assign(sim, vectors);
        List<List<Integer>> clusters = new ArrayList<>();
        List<UUID> unclustered = new ArrayList<>();
        split(assignment, ideas, clusters, unclustered);
        List<Cluster> out = describe(clusters, ideas, words, sim);
        unclustered.sort(Comparator.naturalOrder());
        return new Result(List.copyOf(out), List.copyOf(unclustered),
                new DuplicateFinder(duplicateThreshold).proposals(ideas, words, sim));
    }

    /** Groups of two or more into {@code clusters} (largest first, then by their first idea), the others into {@code unclustered}. */
    private static void split(int[] assignment, List<IdeaInput> ideas, List<List<Integer>> clusters, List<UUID> unclustered) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            groups.computeIfAbsent(assignment[i] < 0 ? -1 - i : assignment[i], k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : groups.values()) {
            if (members.size() > 1) {
                clusters.add(members);
            } else {
                unclustered.add(ideas.get(members.get(0)).id());
            }
        }
        // Largest first, then by the first idea: a stable order for the same idea set.
        clusters.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(members -> members.get(0)));
    }

    /** The clusters with their labels, confidence and cohesion. */
    private static List<Cluster> describe(List<List<Integer>> clusters, List<IdeaInput> ideas, List<IdeaWords> words, float[][] sim) {
        int[] clusterOf = new int[ideas.size()];
        Arrays.fill(clusterOf, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                clusterOf[i] = c;
            }
        }
        double[] silhouettes = ClusterQuality.silhouettes(sim, clusterOf, clusters.size());
        ClusterLabels labels = new ClusterLabels(words);
        Set<Set<String>> usedLabels = new HashSet<>();
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> members : clusters) {
            out.add(new Cluster(labels.label(members, usedLabels),
                    members.stream().map(i -> ideas.get(i).id()).toList(),
                    round(ClusterQuality.confidence(members, silhouettes)),
                    round(ClusterQuality.cohesion(members, sim))));
        }
        return out;
    }

    private static String normaliseText(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
