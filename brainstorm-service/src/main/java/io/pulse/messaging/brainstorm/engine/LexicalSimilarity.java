package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word overlap of ideas as TF-IDF cosine similarity over their stemmed words and adjacent word pairs (every word:
 * "on" and "off" tell "turn the lights on" from "turn the lights off" where meaning vectors barely do), blended into a
 * similarity matrix: {@code (1 - weight) x sim + weight x lexical}. Pairs sharing no term are found through an
 * inverted index, never compared; the overlaps take a triangular matrix (n^2 / 2 floats); the cost is the sum over terms of the square of the ideas using them.
 */
final class LexicalSimilarity {

    private LexicalSimilarity() {
    }

    /** Blends the TF-IDF similarity of the ideas' words into {@code sim} in place. */
    static void blend(float[][] sim, List<IdeaWords> words, double weight) {
        int n = words.size();
        List<Set<String>> terms = new ArrayList<>(n);
        Map<String, List<Integer>> users = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> own = terms(words.get(i).tokens());
            terms.add(own);
            for (String term : own) {
                users.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        double[] norm = new double[n];
        Map<String, Double> idf = new HashMap<>();
        users.forEach((term, ideas) -> {
            double w = Math.log((1.0 + n) / (1.0 + ideas.size())) + 1;
            idf.put(term, w);
            ideas.forEach(i -> norm[i] += w * w);
        });
        // The upper triangle only: lexical[i][j - i - 1] for j > i (ideas ascend in each term's list).
        float[][] lexical = new float[n][];
        for (int i = 0; i < n; i++) {
            lexical[i] = new float[n - i - 1];
        }
        users.forEach((term, ideas) -> {
            double w2 = idf.get(term) * idf.get(term);
            for (int x = 0; x < ideas.size(); x++) {
                int i = ideas.get(x);
                float[] row = lexical[i];
                for (int y = x + 1; y < ideas.size(); y++) {
                    row[ideas.get(y) - i - 1] += (float) w2;
                }
            }
        });
        for (int i = 0; i < n; i++) {
            float[] row = sim[i];
            for (int j = i + 1; j < n; j++) {
                double cosine = norm[i] == 0 || norm[j] == 0 ? 0 : lexical[i][j - i - 1] / Math.sqrt(norm[i] * norm[j]);
                row[j] = (float) ((1 - weight) * row[j] + weight * cosine);
                sim[j][i] = row[j];
            }
        }
    }

    /** The stems of every token and of every two adjacent tokens. */
    static Set<String> terms(List<String> tokens) {
        Set<String> terms = new LinkedHashSet<>();
        String previous = null;
        for (String token : tokens) {
            String stem = TextAnalysis.stem(token);
            terms.add(stem);
            if (previous != null) {
                terms.add(previous + " " + stem);
            }
            previous = stem;
        }
        return terms;
    }
}
