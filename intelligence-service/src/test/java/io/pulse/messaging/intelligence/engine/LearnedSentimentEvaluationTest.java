package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Regression gates for the shipped engine on hand-written sets it was not trained on: the fine-grained ratings of
 * {@code sentiment-eval.tsv} (the lexicon's gate, {@link SentimentEvaluationTest}, with the same measures) and the
 * cue set {@code sentiment-cues.tsv} (sarcasm, complaints, apologies, ordinary messages). Own JVM (see the pom).
 */
class LearnedSentimentEvaluationTest {

    private static final Logger LOG = Logger.getLogger(LearnedSentimentEvaluationTest.class);

    private final LearnedSentimentAnalyzer engine = LearnedSentimentAnalyzer.builtIn(LearnedSentimentAnalyzerTest.EMBEDDER);

    @Test
    void agreementWithFineGrainedRatingsStaysWhereTheLexiconsIs() throws IOException {
        List<SentimentEvaluationTest.Rated> set = SentimentEvaluationTest.load();
        double[] ratings = new double[set.size()];
        double[] scores = new double[set.size()];
        int[] truth = new int[set.size()];
        int[] predicted = new int[set.size()];
        for (int i = 0; i < set.size(); i++) {
            SentimentResult result = engine.analyze(set.get(i).text());
            ratings[i] = set.get(i).rating();
            scores[i] = result.score();
            truth[i] = SentimentEvaluationTest.humanClass(ratings[i]);
            predicted[i] = switch (result.label()) {
                case POSITIVE -> 1;
                case NEGATIVE -> -1;
                case MIXED -> (int) Math.signum(result.score());
                default -> 0;
            };
        }
        double r = SentimentEvaluationTest.pearson(ratings, scores);
        double f1 = SentimentEvaluationTest.macroF1(truth, predicted);
        LOG.infof("Learned sentiment on the rated set: Pearson r = %.3f, macro F1 = %.3f", r, f1);
        // the lexicon's own gate is r >= 0.90 and F1 >= 0.77 (measured 0.923 and 0.803)
        assertTrue(r >= R_GATE, "Pearson correlation fell to " + r);
        assertTrue(f1 >= F1_GATE, "macro F1 fell to " + f1);
    }

    @Test
    void theCueSetIsLabelledRight() throws IOException {
        int right = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/sentiment-cues.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                SentimentResult result = engine.analyze(parts[1]);
                total++;
                if (result.label().wire().equals(parts[0])) {
                    right++;
                } else {
                    misses.append(String.format("%n  %s -> %s %+.3f  %s", parts[0], result.label().wire(), result.score(), parts[1]));
                }
            }
        }
        LOG.infof("Cue set: %d of %d right%s", right, total, misses);
        assertTrue(total >= 30);
        assertTrue(right >= CUES_GATE * total, right + " of " + total + misses);
    }

    static final double R_GATE = 0.92;
    static final double F1_GATE = 0.77;
    static final double CUES_GATE = 0.9;

}
