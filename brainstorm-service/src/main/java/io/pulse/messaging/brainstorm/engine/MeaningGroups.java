package io.pulse.messaging.brainstorm.engine;

import java.util.List;

/**
 * Decides which ideas go together: each idea's group key, or -1 for an idea that fits no group. Average-linkage
 * agglomeration ({@link Agglomeration}) builds the whole dendrogram; the cut with the best mean silhouette
 * ({@link CutSelection}) decides how many groups there are, so the count follows the data, with no cap.
 *
 * <p>A session of {@value #CENTRE_FROM} ideas or more is grouped in a space built for telling its themes apart:
 * the session's mean embedding is taken out of every idea's (all ideas speak about the session's topic, and that shared
 * direction dominates raw cosine similarity), {@value #LEXICAL_WEIGHT} of the similarity is the ideas' word overlap
 * ({@link LexicalSimilarity}), and half of it is how many of their {@value #NEIGHBOURS} nearest neighbours they share
 * ({@link SharedNeighbours}). Smaller sessions have no reliable mean or neighbourhoods: they are grouped on raw cosine
 * similarity, merging only groups at least {@value #SMALL_FLOOR} alike on average. Groups of one idea, and ideas far
 * from the rest of their group in raw similarity ({@link StrayFilter}), are unclustered.
 */
final class MeaningGroups {

    /** Sessions of at least this many ideas are grouped in the centred, blended space. */
    static final int CENTRE_FROM = 20;
    /** The share of word overlap in the similarity of a large session. */
    static final double LEXICAL_WEIGHT = 0.3;
    /** Neighbours per idea (itself included) whose overlap is blended in, and the share of that overlap. */
    static final int NEIGHBOURS = 10;
    static final double NEIGHBOUR_MIX = 0.5;
    /** In a small session, the least average raw similarity at which two groups merge. */
    static final double SMALL_FLOOR = 0.35;
    /** The least mean raw similarity of an idea to the rest of its group, and the least raw cohesion of a group. */
    static final double RAW_FLOOR = 0.2;
    static final double RAW_COHESION_FLOOR = 0.15;

    private MeaningGroups() {
    }

    /** Each idea's group key (-1: unclustered), from the raw similarities, vectors and words of the ideas. */
    static int[] assign(float[][] raw, List<float[]> vectors, List<IdeaWords> words) {
        int n = raw.length;
        int[] groups;
        if (n < CENTRE_FROM) {
            Dendrogram tree = Agglomeration.merges(raw);
            groups = tree.cut(CutSelection.choose(tree, raw, SMALL_FLOOR, 1));
        } else {
            float[][] space = Vectors.centredSimilarities(raw, vectors, 1.0);
            LexicalSimilarity.blend(space, words, LEXICAL_WEIGHT);
            SharedNeighbours.blend(space, NEIGHBOURS, NEIGHBOUR_MIX);
            Dendrogram tree = Agglomeration.merges(space);
            groups = tree.cut(CutSelection.choose(tree, space, Double.NEGATIVE_INFINITY, 2));
        }
        return StrayFilter.drop(withoutSingles(groups), raw, RAW_FLOOR, RAW_COHESION_FLOOR);
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
