package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the ideas share, as a second view beside their embeddings: each idea is the set of the stems of all its
 * words and of its adjacent word pairs, each term weighted by its inverse frequency over the session's own ideas,
 * ln(n / ideas using it), and the vector scaled to unit length; two ideas' lexical similarity is the cosine of their
 * vectors (0 when they share no term). Short ideas of one intent often share a telling word or form ("wake me",
 * "what is the"), which a sentence embedding may weigh less than the topic it shares with its neighbours; a term
 * every idea uses weighs nothing, one idea's own term only lengthens its vector. Stop words are kept: in short ideas
 * the form of the request ("how do i", "remind me to") is part of what it asks.
 *
 * <p>Cost: the vectors are sparse (a few terms an idea); a row of similarities is gathered through an inverted index,
 * so blending into an n x n matrix needs no second matrix, O(n) extra memory and about n x (terms x ideas per term)
 * steps.
 */
final class LexicalView {

    private final int[][] terms;
    private final float[][] weights;
    private final List<List<Integer>> ideasWith = new ArrayList<>();
    private final List<List<Float>> weightsWith = new ArrayList<>();

    private LexicalView(List<IdeaWords> words) {
        int n = words.size();
        List<Set<String>> sets = words.stream().map(LexicalView::termsOf).toList();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> using = new HashMap<>();
        sets.forEach(set -> set.forEach(term -> using.merge(term, 1, Integer::sum)));
        terms = new int[n][];
        weights = new float[n][];
        for (int i = 0; i < n; i++) {
            int[] ids = new int[sets.get(i).size()];
            double[] w = new double[ids.length];
            double length = 0;
            int x = 0;
            for (String term : sets.get(i)) {
                ids[x] = index.computeIfAbsent(term, t -> index.size());
                w[x] = Math.log((double) n / using.get(term));
                length += w[x] * w[x];
                x++;
            }
            terms[i] = ids;
            weights[i] = unit(w, length);
        }
        invert(index.size());
    }

    /** The lexical view of the ideas whose words these are (in the order of the similarity matrix). */
    static LexicalView of(List<IdeaWords> words) {
        return new LexicalView(words);
    }

    /**
     * Replaces each entry of {@code sim} by (1 - share) x itself + share x the lexical similarity of the two ideas, in
     * place; the diagonal stays 1.
     */
    void blendInto(float[][] sim, double share) {
        int n = sim.length;
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            similaritiesOf(i, row);
            for (int j = 0; j < n; j++) {
                sim[i][j] = j == i ? 1f : (float) ((1 - share) * sim[i][j] + share * row[j]);
                row[j] = 0;
            }
        }
    }

    /** The lexical similarity of idea i to every idea, added into {@code row} (all zero on entry). */
    private void similaritiesOf(int i, double[] row) {
        for (int x = 0; x < terms[i].length; x++) {
            List<Integer> ideas = ideasWith.get(terms[i][x]);
            List<Float> w = weightsWith.get(terms[i][x]);
            for (int y = 0; y < ideas.size(); y++) {
                row[ideas.get(y)] += weights[i][x] * w.get(y);
            }
        }
    }

    /** For each term, the ideas using it and its weight in each. */
    private void invert(int termCount) {
        for (int t = 0; t < termCount; t++) {
            ideasWith.add(new ArrayList<>());
            weightsWith.add(new ArrayList<>());
        }
        for (int i = 0; i < terms.length; i++) {
            for (int x = 0; x < terms[i].length; x++) {
                ideasWith.get(terms[i][x]).add(i);
                weightsWith.get(terms[i][x]).add(weights[i][x]);
            }
        }
    }

    /** The stems of all of an idea's words and of its adjacent word pairs. */
    private static Set<String> termsOf(IdeaWords words) {
        Set<String> out = new LinkedHashSet<>();
        String previous = null;
        for (String token : words.tokens()) {
            String stem = TextAnalysis.stem(token);
            out.add(stem);
            if (previous != null) {
                out.add(previous + " " + stem);
            }
            previous = stem;
        }
        return out;
    }

    private static float[] unit(double[] w, double length) {
        float[] out = new float[w.length];
        double norm = Math.sqrt(length);
        for (int x = 0; x < w.length; x++) {
            out[x] = norm > 0 ? (float) (w[x] / norm) : 0f;
        }
        return out;
    }
}
