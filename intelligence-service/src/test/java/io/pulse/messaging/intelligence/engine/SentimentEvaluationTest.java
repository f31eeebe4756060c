package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Regression test on a labelled set of short chat and social texts ({@code sentiment-eval.tsv}, rated on VADER's
 * -4..+4 scale). Guards the two figures reported for the analyser: the Pearson correlation of the compound score
 * with the rating, and the macro F1 over three classes (rating above +0.5 positive, below -0.5 negative).
 */
class SentimentEvaluationTest {

    record Rated(double rating, String text) {
    }

    static List<Rated> load() throws IOException {
        List<Rated> set = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SentimentEvaluationTest.class.getResourceAsStream("/sentiment-eval.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                set.add(new Rated(Double.parseDouble(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return set;
    }

    static int humanClass(double rating) {
        return rating > 0.5 ? 1 : rating < -0.5 ? -1 : 0;
    }

    static int predictedClass(double score) {
        return score >= 0.05 ? 1 : score <= -0.05 ? -1 : 0;
    }

    static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double macroF1(int[] truth, int[] predicted) {
        double sum = 0;
        for (int c = -1; c <= 1; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.length; i++) {
                if (predicted[i] == c && truth[i] == c) {
                    tp++;
                } else if (predicted[i] == c) {
                    fp++;
                } else if (truth[i] == c) {
                    fn++;
                }
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / 3;
    }

    @Test
    void correlationAndF1OnTheRatedSet() throws IOException {
        List<Rated> set = load();
        LexiconSentimentAnalyzer analyzer = LexiconSentimentAnalyzer.builtIn();
        double[] ratings = new double[set.size()];
        double[] scores = new double[set.size()];
        int[] truth = new int[set.size()];
        int[] predicted = new int[set.size()];
        StringBuilder misses = new StringBuilder();
        for (int i = 0; i < set.size(); i++) {
            ratings[i] = set.get(i).rating();
            scores[i] = analyzer.analyze(set.get(i).text()).score();
            truth[i] = humanClass(ratings[i]);
            predicted[i] = predictedClass(scores[i]);
            if (truth[i] != predicted[i]) {
                misses.append(String.format("%n  %+.1f  %+.3f  %s", ratings[i], scores[i], set.get(i).text()));
            }
        }
        double r = pearson(ratings, scores);
        double f1 = macroF1(truth, predicted);
        System.out.printf("Sentiment evaluation: %d texts, Pearson r = %.3f, macro F1 = %.3f; misclassified:%s%n",
                set.size(), r, f1, misses);
        assertTrue(set.size() >= 200, "the set must stay large enough to mean something");
        // measured 0.923 and 0.803 on 227 texts (VADER lexicon and rules, with this module's additions)
        assertTrue(r >= 0.90, "Pearson correlation fell to " + r);
        assertTrue(f1 >= 0.77, "macro F1 fell to " + f1);
    }

    @Test
    void theMetricsThemselvesAreRight() {
        double[] x = {1, 2, 3, 4};
        assertTrue(Math.abs(pearson(x, new double[] {2, 4, 6, 8}) - 1) < 1e-9);
        assertTrue(Math.abs(pearson(x, new double[] {8, 6, 4, 2}) + 1) < 1e-9);
        assertTrue(Math.abs(macroF1(new int[] {1, 0, -1}, new int[] {1, 0, -1}) - 1) < 1e-9);
        assertTrue(macroF1(new int[] {1, 1, -1}, new int[] {-1, -1, 1}) == 0);
    }
}
