package io.pulse.messaging.brainstorm.engine;

import java.util.List;

/**
 * Decides which ideas go together: each idea's group key, or -1 for an idea that fits no group; how many groups there
 * are follows the data, with no cap.
 *
 * <p>A session of {@value #CENTRE_FROM} ideas or more is grouped as a graph: the session's mean embedding is taken out
 * of every idea's (all ideas speak about the session's topic, and that shared direction dominates raw cosine
 * similarity), each idea is joined to those of its {@value #NEIGHBOURS} nearest that also count it among theirs
 * ({@link NeighbourGraph}), and Markov clustering ({@link MarkovClustering}) finds the groups the graph's flow settles
 * into; {@link CentroidPolish} then moves each grouped idea to the group whose centroid it is nearest (k-means rounds
 * started from the flow's groups), so a border idea is judged against whole groups and not only the edges it kept.
 * {@value #NEIGHBOURS} is about the size of a theme a person groups on a board, and small against a large
 * session, so that themes of a few ideas are not swallowed by bigger ones. Smaller sessions have no reliable mean or
 * neighbourhoods: they are grouped by average-linkage agglomeration on raw cosine similarity ({@link Agglomeration}),
 * cut where the silhouette is best ({@link CutSelection}), merging only groups at least {@value #SMALL_FLOOR} alike on
 * average. Ideas far from the rest of their group in raw similarity ({@link StrayFilter}) are unclustered: under
 * {@value #RAW_FLOOR} in a small session; in a large one, under {@value #STRAY_RATIO} of how alike the group's other
 * ideas are among themselves (an off-topic idea that the flow carried into a group). In both, groups of one idea,
 * and groups whose raw cohesion is under {@value #RAW_COHESION_FLOOR}, are unclustered.
 */
final class MeaningGroups {

    /** Sessions of at least this many ideas are grouped as a graph in the centred space. */
    static final int CENTRE_FROM = 20;
    /** Neighbours per idea in the graph. */
    static final int NEIGHBOURS = 10;
    /** In a small session, the least average raw similarity at which two groups merge. */
    static final double SMALL_FLOOR = 0.35;
    /** In a small session, the least mean raw similarity of an idea to the rest of its group. */
    static final double RAW_FLOOR = 0.2;
    /**
     * In a large session, an idea is a stray when its mean raw similarity to the rest of its group is under this share
     * of how alike those others are among themselves: half as alike as its group's members are to each other.
     */
    static final double STRAY_RATIO = 0.5;
    /** The least raw cohesion of a group. */
    static final double RAW_COHESION_FLOOR = 0.15;

    private MeaningGroups() {
    }

    /** Each idea's group key (-1: unclustered), from the raw similarities and vectors of the ideas. */
    static int[] assign(float[][] raw, List<float[]> vectors) {
        int n = raw.length;
        if (n < CENTRE_FROM) {
            Dendrogram tree = Agglomeration.merges(raw);
            int[] groups = tree.cut(CutSelection.choose(tree, raw, SMALL_FLOOR, 1));
            return StrayFilter.drop(withoutSingles(groups), raw, RAW_FLOOR, RAW_COHESION_FLOOR);
        }
        float[][] centred = Vectors.centredSimilarities(raw, vectors, 1.0);
        int[] groups = MarkovClustering.groups(NeighbourGraph.of(centred, NEIGHBOURS));
        int[] polished = CentroidPolish.polish(withoutSingles(groups), centred);
        return StrayFilter.dropRelative(polished, raw, STRAY_RATIO, RAW_COHESION_FLOOR);
    }

    /** The group keys, with -1 for the ideas alone in their group. */
    private static int[] withoutSingles(int[] groups) {
        int[] size = new int[groups.length];
        for (int g : groups) {
            size[g]++;
        }
        int[] out = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            out[i] = size[groups[i]] > 1 ? groups[i] : -1;
        }
        return out;
    }
}
