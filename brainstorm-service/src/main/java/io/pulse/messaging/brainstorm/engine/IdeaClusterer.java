package io.pulse.messaging.brainstorm.engine;

import io.pulse.messaging.common.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Groups ideas by meaning: average-linkage agglomerative clustering over the cosine similarity of their
 * embeddings, merging while the two closest groups are at least {@code threshold} alike, then a centroid refinement.
 * Groups of one go to the explicit unclustered bucket.
 *
 * <p>In a session of {@value #CENTRE_FROM} ideas or more, every idea speaks about the session's topic, and that shared
 * direction dominates raw cosine similarity (two unrelated ideas about "traffic" look alike). The clustering then runs
 * on topic-centred vectors: {@value #CENTRE_WEIGHT} of the session's mean embedding is subtracted from each idea's
 * before re-normalising, with thresholds fitted to that space (on the three labelled sets under src/test/resources
 * this raised the mean adjusted Rand index from 0.39 to 0.53). Centring also makes ideas that are merely off the
 * topic look alike, so in that space an idea must also be close to its cluster's raw centroid, and a cluster must
 * keep a minimum raw cohesion, or they go to the unclustered bucket. Smaller sessions have no reliable mean and
 * cluster on raw similarity. Cohesion, confidence and duplicate detection always use raw similarity, so they read the same at any
 * size. Each cluster gets a label drawn from its ideas' key phrases and a confidence
 * (silhouette: how much closer its ideas are to each other than to the nearest other cluster). Pairs of nearly
 * identical ideas are proposed for merging, keeping every contributor.
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
        int n = ideas.size();
        if (n == 0) {
            return new Result(List.of(), List.of(), List.of());
        }
        List<float[]> vectors = embedder.embedAll(ideas.stream().map(idea -> normaliseText(idea.text())).toList());
        // Every step below reads pairwise similarities from these matrices (each pair's dot product computed once here)
        // instead of taking dot products of vectors or centroids again: a centroid's similarity to an idea is the sum
        // of the idea's similarities to the centroid's members over the length of their sum.
        float[][] sim = Vectors.similarities(vectors);
        int[] assignment;
        if (n >= CENTRE_FROM) {
            float[][] centred = centredSimilarities(sim, vectors);
            assignment = refine(agglomerate(centred, CENTRED_THRESHOLD), centred, CENTRED_ASSIGN_THRESHOLD, CENTRED_MERGE_CENTROIDS);
            assignment = dropStrays(assignment, sim, RAW_FLOOR);
        } else {
            assignment = refine(agglomerate(sim, threshold), sim, assignThreshold, MERGE_CENTROIDS);
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(assignment[i] < 0 ? -1 - i : assignment[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> clusters = new ArrayList<>();
        List<UUID> unclustered = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() > 1) {
                clusters.add(members);
            } else {
                unclustered.add(ideas.get(members.get(0)).id());
            }
        }
        // Largest first, then by the first idea: a stable order for the same idea set.
        clusters.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(members -> members.get(0)));
        int[] clusterOf = new int[n];
        Arrays.fill(clusterOf, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                clusterOf[i] = c;
            }
        }
        // The words of every idea, once: labels and duplicate detection both read them.
        List<Words> words = ideas.stream().map(idea -> Words.of(idea.text())).toList();
        Map<String, Integer> ideasWithStem = new HashMap<>();
        words.forEach(w -> w.stems().forEach(stem -> ideasWithStem.merge(stem, 1, Integer::sum)));
        double[] silhouettes = silhouettes(sim, clusterOf, clusters.size());
        List<Cluster> out = new ArrayList<>();
        Set<Set<String>> usedLabels = new HashSet<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Integer> members = clusters.get(c);
            out.add(new Cluster(label(members, ideas, words, ideasWithStem, usedLabels),
                    members.stream().map(i -> ideas.get(i).id()).toList(),
                    round(confidence(members, silhouettes)),
                    round(cohesion(members, sim))));
        }
        unclustered.sort(Comparator.naturalOrder());
        return new Result(List.copyOf(out), List.copyOf(unclustered), duplicates(ideas, words, sim));
    }

    /** An idea's lower-cased tokens, the stem of each content token (null for the others), and its content stems. */
    private record Words(List<String> tokens, String[] tokenStems, Set<String> stems) {
        static Words of(String text) {
            List<String> tokens = TextAnalysis.tokens(text);
            String[] tokenStems = new String[tokens.size()];
            Set<String> stems = new LinkedHashSet<>();
            for (int t = 0; t < tokens.size(); t++) {
                if (TextAnalysis.isContent(tokens.get(t))) {
                    tokenStems[t] = TextAnalysis.stem(tokens.get(t));
                    stems.add(tokenStems[t]);
                }
            }
            return new Words(tokens, tokenStems, stems);
        }
    }

    /**
     * Average-linkage merging with cached nearest neighbours while the closest two groups are at least
     * {@code threshold} alike. Returns each idea's group representative. Merges go strictly by similarity; of equal
     * ones, the lowest index wins, so the same idea set always merges in the same order.
     */
    private static int[] agglomerate(float[][] original, double threshold) {
        int n = original.length;
        float[][] sim = copy(original);
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        int[] best = new int[n];
        float[] bestSim = new float[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            nearest(i, sim, active, best, bestSim, n);
        }
        while (true) {
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (active[i] && best[i] >= 0 && (a < 0 || bestSim[i] > bestSim[a])) {
                    a = i;
                }
            }
            if (a < 0 || bestSim[a] < threshold) {
                break;
            }
            int b = best[a];
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            parent[gone] = keep;
            float[] keepRow = sim[keep];
            float[] goneRow = sim[gone];
            for (int k = 0; k < n; k++) {
                if (active[k] && k != keep && k != gone) {
                    float merged = (size[keep] * keepRow[k] + size[gone] * goneRow[k]) / (size[keep] + size[gone]);
                    keepRow[k] = merged;
                    sim[k][keep] = merged;
                }
            }
            active[gone] = false;
            size[keep] += size[gone];
            nearest(keep, sim, active, best, bestSim, n);
            for (int k = 0; k < n; k++) {
                if (!active[k] || k == keep) {
                    continue;
                }
                if (best[k] == keep || best[k] == gone) {
                    nearest(k, sim, active, best, bestSim, n);
                } else if (sim[k][keep] > bestSim[k] || (sim[k][keep] == bestSim[k] && keep < best[k])) {
                    best[k] = keep;
                    bestSim[k] = sim[k][keep];
                }
            }
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            root[i] = r;
        }
        return root;
    }

    /**
     * Each group's summed similarities: {@code towards[c][i]} is the sum of idea i's similarities to the members of
     * group {@code keys[c]}, i.e. the dot product of idea i with the sum of the group's vectors, and
     * {@code length[c]} the length of that sum (the square root of its dot product with itself). The similarity of
     * idea i to the group's centroid (the normalised sum) is then {@code towards[c][i] / length[c]}, without any
     * vector arithmetic: O(n) per member instead of O(dimension) per idea and group.
     */
    private record Centroids(int[] keys, double[][] towards, double[] length) {

        static Centroids of(int[] label, float[][] sim) {
            int n = label.length;
            int[] count = new int[n];
            for (int l : label) {
                if (l >= 0) {
                    count[l]++;
                }
            }
            // Keys in ascending order, as the clusters were always numbered.
            int k = 0;
            int[] slot = new int[n];
            for (int key = 0; key < n; key++) {
                slot[key] = count[key] > 0 ? k++ : -1;
            }
            int[] keys = new int[k];
            for (int key = 0; key < n; key++) {
                if (slot[key] >= 0) {
                    keys[slot[key]] = key;
                }
            }
            double[][] towards = new double[k][n];
            for (int j = 0; j < n; j++) {
                if (label[j] >= 0) {
                    double[] sum = towards[slot[label[j]]];
                    float[] row = sim[j];
                    for (int i = 0; i < n; i++) {
                        sum[i] += row[i];
                    }
                }
            }
            double[] squared = new double[k];
            for (int i = 0; i < n; i++) {
                if (label[i] >= 0) {
                    squared[slot[label[i]]] += towards[slot[label[i]]][i];
                }
            }
            double[] length = new double[k];
            for (int c = 0; c < k; c++) {
                length[c] = Math.sqrt(Math.max(0, squared[c]));
            }
            return new Centroids(keys, towards, length);
        }

        /** Cosine similarity of idea i and centroid c (0 for a centroid of length 0). */
        float toIdea(int c, int i) {
            return length[c] == 0 ? 0f : (float) (towards[c][i] / length[c]);
        }

        /** Cosine similarity of centroids c and d: the sum of c's sums over d's members, over both lengths. */
        float between(int c, int d, int[] label) {
            if (length[c] == 0 || length[d] == 0) {
                return 0f;
            }
            double dot = 0;
            double[] sums = towards[c];
            for (int i = 0; i < label.length; i++) {
                if (label[i] == keys[d]) {
                    dot += sums[i];
                }
            }
            return (float) (dot / (length[c] * length[d]));
        }
    }

    /**
     * Centroid refinement of the agglomerative groups: groups of at least {@code minSize} ideas become centroids;
     * every idea then joins the centroid it is most alike if that similarity reaches {@code assignThreshold}, and is
     * unclustered (-1) otherwise; repeated until stable. This fixes early merges that average linkage cannot undo
     * and sends loners to the unclustered bucket. Similarities to centroids come from the similarity matrix of the
     * space the groups were made in ({@link Centroids}).
     */
    private static int[] refine(int[] roots, float[][] sim, double assignThreshold, double mergeCentroids) {
        int n = roots.length;
        int minSize = n >= CENTRE_FROM ? 3 : 2;
        int[] sizes = new int[n];
        for (int root : roots) {
            sizes[root]++;
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = sizes[roots[i]] >= minSize ? roots[i] : -1;
        }
        int[] counts = new int[n];
        for (int iteration = 0; iteration < 20; iteration++) {
            Centroids centroids = Centroids.of(label, sim);
            int k = centroids.keys().length;
            // Two clusters whose centres are this alike talk about the same thing: keep the first one only.
            boolean[] dropped = new boolean[k];
            boolean changed = false;
            for (int c = k - 1; c > 0; c--) {
                for (int d = 0; d < c; d++) {
                    if (centroids.between(c, d, label) >= mergeCentroids) {
                        dropped[c] = true;
                        changed = true;
                        break;
                    }
                }
            }
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                int bestKey = -1;
                float best = (float) assignThreshold;
                for (int c = 0; c < k; c++) {
                    if (dropped[c]) {
                        continue;
                    }
                    float s = centroids.toIdea(c, i);
                    if (s >= best && (bestKey < 0 || s > best)) {
                        best = s;
                        bestKey = centroids.keys()[c];
                    }
                }
                next[i] = bestKey;
                changed |= next[i] != label[i];
            }
            // A centroid left with a single idea is no cluster.
            Arrays.fill(counts, 0);
            for (int l : next) {
                if (l >= 0) {
                    counts[l]++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (next[i] >= 0 && counts[next[i]] < 2) {
                    next[i] = -1;
                }
            }
            label = next;
            if (!changed) {
                break;
            }
        }
        return label;
    }

    /**
     * Sends to the unclustered bucket every idea whose raw similarity to its cluster's raw centroid is under
     * {@code floor}: centring takes the shared topic out, which also makes an off-topic idea look like it belongs
     * somewhere; in raw space it still stands apart. Clusters left with one idea are dissolved.
     */
    private static int[] dropStrays(int[] assignment, float[][] rawSim, double floor) {
        int n = assignment.length;
        Centroids centroids = Centroids.of(assignment, rawSim);
        int[] slot = new int[n];
        for (int c = 0; c < centroids.keys().length; c++) {
            slot[centroids.keys()[c]] = c;
        }
        int[] out = assignment.clone();
        for (int i = 0; i < n; i++) {
            if (out[i] >= 0 && centroids.toIdea(slot[out[i]], i) < floor) {
                out[i] = -1;
            }
        }
        // A group of ideas that only share being off the topic (centring made them alike) is no cluster either:
        // their raw mean pairwise similarity stays low.
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (out[i] >= 0) {
                members.computeIfAbsent(out[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : members.values()) {
            if (group.size() < 2 || cohesion(group, rawSim) < RAW_COHESION_FLOOR) {
                group.forEach(i -> out[i] = -1);
            }
        }
        return out;
    }

    /**
     * The similarities of the centred vectors, derived from the raw ones in O(n^2) instead of recomputing n^2 / 2 dot
     * products: with c_i = (v_i - w m) / |v_i - w m|, c_i . c_j = (v_i . v_j - w v_i . m - w v_j . m + w^2 m . m)
     * / (|v_i - w m| |v_j - w m|), and |v_i - w m|^2 = v_i . v_i - 2 w v_i . m + w^2 m . m.
     */
    private static float[][] centredSimilarities(float[][] raw, List<float[]> vectors) {
        int n = vectors.size();
        int dimension = vectors.get(0).length;
        float[] mean = new float[dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += v[d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= n;
        }
        double w = CENTRE_WEIGHT;
        double mm = Vectors.dot(mean, mean);
        double[] towardsMean = new double[n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            towardsMean[i] = Vectors.dot(vectors.get(i), mean);
            norm[i] = Math.sqrt(Math.max(1e-12, raw[i][i] - 2 * w * towardsMean[i] + w * w * mm));
        }
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            float[] rawRow = raw[i];
            float[] row = sim[i];
            row[i] = 1f;
            for (int j = i + 1; j < n; j++) {
                row[j] = (float) ((rawRow[j] - w * towardsMean[i] - w * towardsMean[j] + w * w * mm) / (norm[i] * norm[j]));
            }
        }
        for (int i = 1; i < n; i++) {
            float[] row = sim[i];
            for (int j = 0; j < i; j++) {
                row[j] = sim[j][i];
            }
        }
        return sim;
    }

    private static void nearest(int i, float[][] sim, boolean[] active, int[] best, float[] bestSim, int n) {
        float[] row = sim[i];
        int bestK = -1;
        float bestS = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (k != i && active[k] && row[k] > bestS) {
                bestK = k;
                bestS = row[k];
            }
        }
        best[i] = bestK;
        bestSim[i] = bestS;
    }

    private static double cohesion(List<Integer> members, float[][] sim) {
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < members.size(); x++) {
            float[] row = sim[members.get(x)];
            for (int y = x + 1; y < members.size(); y++) {
                sum += row[members.get(y)];
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }

    /**
     * Each clustered idea's silhouette (in similarity terms): its mean similarity to the rest of its cluster (a)
     * against its mean similarity to the nearest other cluster (b), as (a - b) / max(a, b); one O(n^2) pass for all
     * clusters. Unclustered ideas have none (0).
     */
    private static double[] silhouettes(float[][] sim, int[] clusterOf, int clusterCount) {
        int n = sim.length;
        double[] out = new double[n];
        double[] sums = new double[clusterCount];
        int[] counts = new int[clusterCount];
        for (int i = 0; i < n; i++) {
            int own = clusterOf[i];
            if (own < 0) {
                continue;
            }
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            float[] row = sim[i];
            for (int k = 0; k < n; k++) {
                if (k != i && clusterOf[k] >= 0) {
                    sums[clusterOf[k]] += row[k];
                    counts[clusterOf[k]]++;
                }
            }
            double a = counts[own] == 0 ? 0 : sums[own] / counts[own];
            double b = 0;
            for (int c = 0; c < clusterCount; c++) {
                if (c != own && counts[c] > 0) {
                    b = Math.max(b, sums[c] / counts[c]);
                }
            }
            double denominator = Math.max(a, b);
            out[i] = denominator <= 0 ? 0 : (a - b) / denominator;
        }
        return out;
    }

    /** Mean silhouette of the cluster's ideas, clamped to 0..1. */
    private static double confidence(List<Integer> members, double[] silhouettes) {
        double total = 0;
        for (int i : members) {
            total += silhouettes[i];
        }
        return Math.max(0, Math.min(1, total / members.size()));
    }

    /**
     * The word or two-word phrase most typical of this cluster and least of the others, not already used for another
     * cluster. Each candidate (a content word, or two adjacent content words used by at least two of the cluster's
     * ideas) scores the mean over its stems of share-inside x (share-inside - share-outside); shown in the wording
     * the cluster's ideas use most. {@code ideasWithStem} counts the ideas of the whole session using each stem, so
     * the ideas outside the cluster are that count less the cluster's own, without reading them again.
     */
    private static String label(List<Integer> members, List<IdeaInput> ideas, List<Words> words, Map<String, Integer> ideasWithStem,
            Set<Set<String>> usedLabels) {
        int elsewhere = ideas.size() - members.size();
        // Candidates keyed by their stems ("solar panel"), with how often each surface wording occurs and in how many
        // of the cluster's ideas the candidate appears.
        Map<String, Map<String, Integer>> wordings = new TreeMap<>();
        Map<String, Integer> ideasUsing = new HashMap<>();
        Map<String, Integer> stemInside = new HashMap<>();
        for (int member : members) {
            Words idea = words.get(member);
            idea.stems().forEach(stem -> stemInside.merge(stem, 1, Integer::sum));
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
                candidate(token, stem, wordings, ideasUsing, seen);
                if (previous != null) {
                    candidate(previous + " " + token, previousStem + " " + stem, wordings, ideasUsing, seen);
                }
                previous = token;
                previousStem = stem;
            }
        }
        String bestKey = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String key : wordings.keySet()) {
            List<String> stems = List.of(key.split(" "));
            Set<String> stemSet = new TreeSet<>(stems);
            if (usedLabels.contains(stemSet) || (stems.size() > 1 && ideasUsing.get(key) < 2) || stemSet.size() < stems.size()) {
                continue;
            }
            double score = 0;
            for (String stem : stems) {
                int inside = stemInside.getOrDefault(stem, 0);
                double insideShare = (double) inside / members.size();
                double outsideShare = elsewhere == 0 ? 0 : (double) (ideasWithStem.getOrDefault(stem, 0) - inside) / elsewhere;
                score += insideShare * (insideShare - outsideShare);
            }
            score /= stems.size();
            if (stems.size() > 1) {
                score *= 1.1; // a phrase the ideas share says more than its best word alone
            }
            if (score > bestScore) {
                bestScore = score;
                bestKey = key;
            }
        }
        String label;
        if (bestKey == null) {
            List<String> first = words.get(members.get(0)).tokens();
            label = String.join(" ", first.subList(0, Math.min(4, first.size())));
        } else {
            Map<String, Integer> forms = wordings.get(bestKey);
            label = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
        usedLabels.add(new TreeSet<>(TextAnalysis.contentStems(label)));
        return label;
    }

    private static void candidate(String form, String key, Map<String, Map<String, Integer>> wordings, Map<String, Integer> ideasUsing,
            Set<String> seen) {
        wordings.computeIfAbsent(key, k -> new TreeMap<>()).merge(form, 1, Integer::sum);
        if (seen.add(key)) {
            ideasUsing.merge(key, 1, Integer::sum);
        }
    }

    private List<MergeProposal> duplicates(List<IdeaInput> ideas, List<Words> words, float[][] sim) {
        int n = ideas.size();
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
                if (row[j] >= duplicateThreshold) {
                    union(group, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        List<MergeProposal> proposals = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
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
            members.forEach(i -> contributors.add(ideas.get(i).contributor()));
            proposals.add(new MergeProposal(ideas.get(keep).id(), members.stream().map(i -> ideas.get(i).id()).toList(),
                    List.copyOf(new TreeSet<>(contributors)), round(min)));
        }
        proposals.sort(Comparator.comparing(proposal -> proposal.ideaIds().get(0)));
        return proposals;
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

    private static float[][] copy(float[][] matrix) {
        float[][] out = new float[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i].clone();
        }
        return out;
    }

    private static String normaliseText(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
