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
 * Groups ideas by meaning: average-linkage agglomerative clustering ({@link Agglomeration}) over the cosine similarity
 * of their embeddings, merging while the two closest groups are at least {@code threshold} alike, then a centroid
 * refinement ({@link CentroidRefinement}). Groups of one go to the explicit unclustered bucket.
 *
 * <p>In a session of {@value #CENTRE_FROM} ideas or more, every idea speaks about the session's topic, and that shared
 * direction dominates raw cosine similarity (two unrelated ideas about "traffic" look alike). The clustering then runs
 * on topic-centred vectors: {@value #CENTRE_WEIGHT} of the session's mean embedding is subtracted from each idea's
 * before re-normalising, with thresholds fitted to that space on the labelled sets under src/test/resources. Centring
 * also makes ideas that are merely off the topic look alike, so in that space an idea must also be close to its
 * cluster's raw centroid, and a cluster must keep a minimum raw cohesion, or they go to the unclustered bucket.
 * Smaller sessions have no reliable mean and cluster on raw similarity. Cohesion, confidence and duplicate detection
 * always use raw similarity, so they read the same at any size. Each cluster gets a label ({@link ClusterLabels}) and
 * a confidence (silhouette, {@link ClusterQuality}); pairs of nearly identical ideas are proposed for merging, keeping
 * every contributor ({@link DuplicateFinder}).
 *
 * <p>Deterministic: ideas are processed in id order and ties are broken by position, so the same idea set gives
 * the same clusters.
 */
public final class IdeaClusterer {

    /** Average similarity at which two groups are still merged. */
    public static final double DEFAULT_THRESHOLD = 0.22;
    /** Clusters whose centres are at least this alike are one cluster. */
    static final double MERGE_CENTROIDS = 0.6;
    /** Least similarity of an idea to its cluster's centroid; below it the idea is unclustered. */
    public static final double DEFAULT_ASSIGN_THRESHOLD = 0.30;
    /** Similarity from which two ideas are proposed as duplicates. */
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.88;
    /** Sessions of at least this many ideas are clustered on topic-centred vectors. */
    public static final int CENTRE_FROM = 20;
    /** How much of the session's mean embedding is removed from each idea's in the centred space. */
    static final double CENTRE_WEIGHT = 0.85;
    /** The merge, assignment and centroid thresholds of the centred space. */
    static final double CENTRED_THRESHOLD = 0.04;
    static final double CENTRED_ASSIGN_THRESHOLD = 0.20;
    static final double CENTRED_MERGE_CENTROIDS = 0.45;
    /** In the centred space, the least raw similarity of an idea to its cluster's raw centroid. */
    static final double RAW_FLOOR = 0.35;
    /** In the centred space, the least raw cohesion (mean pairwise similarity) of a cluster. */
    static final double RAW_COHESION_FLOOR = 0.15;

    private final TextEmbedder embedder;
    private final double threshold;
    private final double duplicateThreshold;
    private final double assignThreshold;

    public IdeaClusterer(TextEmbedder embedder) {
        this(embedder, DEFAULT_THRESHOLD, DEFAULT_DUPLICATE_THRESHOLD);
    }

    public IdeaClusterer(TextEmbedder embedder, double threshold, double duplicateThreshold) {
        this(embedder, threshold, duplicateThreshold, DEFAULT_ASSIGN_THRESHOLD);
    }

    public IdeaClusterer(TextEmbedder embedder, double threshold, double duplicateThreshold, double assignThreshold) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.duplicateThreshold = duplicateThreshold;
        this.assignThreshold = assignThreshold;
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
        // Every step below reads pairwise similarities from these matrices (each pair's dot product computed once here)
        // instead of taking dot products of vectors or centroids again.
        float[][] sim = Vectors.similarities(vectors);
        int[] assignment = assign(sim, vectors);
        List<List<Integer>> clusters = new ArrayList<>();
        List<UUID> unclustered = new ArrayList<>();
        split(assignment, ideas, clusters, unclustered);
        // The words of every idea, once: labels and duplicate detection both read them.
        List<IdeaWords> words = ideas.stream().map(idea -> IdeaWords.of(idea.text())).toList();
        List<Cluster> out = describe(clusters, ideas, words, sim);
        unclustered.sort(Comparator.naturalOrder());
        return new Result(List.copyOf(out), List.copyOf(unclustered),
                new DuplicateFinder(duplicateThreshold).proposals(ideas, words, sim));
    }

    /** Each idea's cluster key, or -1 for an unclustered idea: in the centred space for a large session. */
    private int[] assign(float[][] sim, List<float[]> vectors) {
        if (sim.length >= CENTRE_FROM) {
            float[][] centred = Vectors.centredSimilarities(sim, vectors, CENTRE_WEIGHT);
            int[] assignment = CentroidRefinement.refine(Agglomeration.roots(centred, CENTRED_THRESHOLD), centred,
                    CENTRED_ASSIGN_THRESHOLD, CENTRED_MERGE_CENTROIDS);
            return CentroidRefinement.dropStrays(assignment, sim, RAW_FLOOR);
        }
        return CentroidRefinement.refine(Agglomeration.roots(sim, threshold), sim, assignThreshold, MERGE_CENTROIDS);
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
